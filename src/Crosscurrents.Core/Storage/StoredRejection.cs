namespace Crosscurrents.Core.Storage;

/// <summary>A record an import refused, as the store keeps it: which import, where in which file, which field and why.</summary>
/// <param name="Batch">The import that refused it (filled in by the store from the session's batch).</param>
/// <param name="File">The file the record came from.</param>
/// <param name="Line">The physical line the record starts on (1-based; the header is line 1).</param>
/// <param name="Field">The column at fault.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
/// <param name="Record">The raw record text.</param>
public sealed record StoredRejection(string Batch, string File, int Line, string Field, string Reason, string Record);
