namespace Crosscurrents.Testing.Fixtures;

/// <summary>
/// Compares rendered text with a committed <c>NAME.verified.txt</c> beside the test (Spectre.Console's practice). On a
/// difference the actual text is written to <c>NAME.received.txt</c> for review; set
/// <c>CROSSCURRENTS_ACCEPT_SNAPSHOTS=1</c> to write it as the new verified file instead (then review the diff in git).
/// </summary>
public static class Snapshot
{
    /// <summary>Null when <paramref name="actual"/> matches the verified file, else a message saying where the received text is.</summary>
    public static string? Compare(string folder, string name, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var text = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        if (Environment.GetEnvironmentVariable("CROSSCURRENTS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return null;
        }

        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == text)
        {
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, text);
        return File.Exists(verified)
            ? $"{name}: output differs from {verified}; see {received} (CROSSCURRENTS_ACCEPT_SNAPSHOTS=1 accepts it)"
            : $"{name}: no verified snapshot; the output is in {received} (CROSSCURRENTS_ACCEPT_SNAPSHOTS=1 accepts it)";
    }
}
