using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.Importing;

/// <summary>What an importer makes of one record: an event, or a rejection with its reason.</summary>
public readonly record struct ImportRecord
{
    private ImportRecord(ConflictEvent? conflictEvent, Rejection? rejection)
    {
        Event = conflictEvent;
        Rejection = rejection;
    }

    public ConflictEvent? Event { get; }

    public Rejection? Rejection { get; }

    public static ImportRecord Accept(ConflictEvent conflictEvent) => new(conflictEvent, null);

    public static ImportRecord Reject(Rejection rejection) => new(null, rejection);
}
