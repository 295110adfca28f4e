using nietras.SeparatedValues;

namespace Crosscurrents.Sources.Importing;

/// <summary>
/// The rejects file beside the database (<c>events.duckdb.rejects.csv</c>): every refused record with its batch,
/// file, line, field, reason and raw text. Appended by every import, so nothing refused is ever lost.
/// </summary>
public static class RejectsFile
{
    public static readonly IReadOnlyList<string> Columns = ["batch", "file", "line", "field", "reason", "record"];

    /// <summary>The rejects file for a database path.</summary>
    public static string PathFor(string databasePath) => databasePath + ".rejects.csv";

    public static void Append(string path, string batchId, IReadOnlyCollection<Rejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        // No path: the store keeps the rejects itself (PostgreSQL).
        if (rejections.Count == 0 || string.IsNullOrEmpty(path))
        {
            return;
        }

        var exists = File.Exists(path) && new FileInfo(path).Length > 0;
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        using var text = new StreamWriter(stream);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = !exists }).To(text);
        foreach (var r in rejections)
        {
            using var row = writer.NewRow();
            row["batch"].Set(batchId);
            row["file"].Set(r.File);
            row["line"].Format(r.Line);
            row["field"].Set(r.Field);
            row["reason"].Set(r.Reason);
            row["record"].Set(r.Record);
        }
    }
}
