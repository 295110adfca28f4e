using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.Importing;

/// <summary>What an importer makes of one record: an event, or a rejection with its reason.</summary>
public readonly record struct ImportRecord
{
    private ImportRecord(ConflictEvent? conflictEvent, Rejection? rejection, string? file, int line, string? raw)
    {
        Event = conflictEvent;
        Rejection = rejection;
        File = file;
        Line = line;
        Raw = raw;
    }

    public ConflictEvent? Event { get; }

    public Rejection? Rejection { get; }

    /// <summary>The file an accepted record came from, when the importer knows it.</summary>
    public string? File { get; }

    /// <summary>The line the record starts on (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>The raw record text, when the importer keeps it.</summary>
    public string? Raw { get; }

    public static ImportRecord Accept(ConflictEvent conflictEvent) => new(conflictEvent, null, null, 0, null);

    /// <summary>An accepted record with the line it starts on.</summary>
    public static ImportRecord Accept(ConflictEvent conflictEvent, int line) => new(conflictEvent, null, null, line, null);

    public static ImportRecord Reject(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new(null, rejection, rejection.File, rejection.Line, rejection.Record);
    }
}
