namespace Crosscurrents.Sources.Importing;

/// <summary>A record an importer refused: where it is, which field and why, and the record as it was.</summary>
/// <param name="File">The file the record came from.</param>
/// <param name="Line">The physical line the record starts on (1-based; the header is line 1).</param>
/// <param name="Field">The column at fault.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
/// <param name="Record">The raw record text.</param>
public sealed record Rejection(string File, int Line, string Field, string Reason, string Record)
{
    public override string ToString() => $"{File}, line {Line}, field '{Field}': {Reason}";
}
