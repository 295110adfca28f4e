using System.Diagnostics;
using System.Globalization;

namespace Crosscurrents.Store.DuckDb;

/// <summary>
/// The holder file beside a DuckDB file: written when this process opens its first write connection to the file,
/// removed when it closes its last one, and read by another process when DuckDB refuses it the file, to say who holds
/// it. DuckDB's own lock is what keeps the file safe; this file only names the holder. A file whose process is gone
/// (killed, crashed) is ignored and replaced by the next writer.
/// </summary>
internal static class HolderFile
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Connections = new(StringComparer.Ordinal);

    /// <summary>The holder file of <paramref name="database"/>.</summary>
    public static string PathFor(string database) => Path.GetFullPath(database) + ".holder";

    /// <summary>Counts a write connection of this process to <paramref name="database"/>; the first writes the file.</summary>
    /// <returns>Disposed when the connection closes; the last one removes the file.</returns>
    public static IDisposable Hold(string database, StoreHolder holder, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var file = PathFor(database);
        lock (Gate)
        {
            Connections.TryGetValue(file, out var count);
            if (count == 0)
            {
                Write(file, holder, since);
            }

            Connections[file] = count + 1;
        }

        return new Release(file);
    }

    /// <summary>The holder recorded beside <paramref name="database"/> when it is another process that still runs; null
    /// when there is no file, it cannot be read, or its process is gone.</summary>
    public static HeldBy? Read(string database)
    {
        var file = PathFor(database);
        Dictionary<string, string> values;
        try
        {
            values = File.ReadAllLines(file).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (!values.TryGetValue("pid", out var pidText) || !int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ||
            !values.TryGetValue("process-start", out var startText) || !long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
            !values.TryGetValue("since", out var sinceText) ||
            !DateTimeOffset.TryParseExact(sinceText, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) ||
            !values.TryGetValue("command", out var command) || command.Length == 0)
        {
            return null;
        }

        return pid != Environment.ProcessId && Runs(pid, start)
            ? new HeldBy(new StoreHolder(command, values.TryGetValue("url", out var url) && url.Length > 0 ? url : null), pid, since)
            : null;
    }

    /// <summary>Whether process <paramref name="pid"/> runs and is the one that started at <paramref name="startTicks"/>
    /// (a pid reused by a later process is not the holder).</summary>
    private static bool Runs(int pid, long startTicks)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && Math.Abs(StartTicks(process) - startTicks) < TimeSpan.TicksPerSecond;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks;

    private static void Write(string file, StoreHolder holder, DateTimeOffset since)
    {
        static string OneLine(string text) => text.ReplaceLineEndings(" ");
        using var self = Process.GetCurrentProcess();
        var text = string.Join('\n',
            $"pid={Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}",
            $"process-start={StartTicks(self).ToString(CultureInfo.InvariantCulture)}",
            $"since={since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}",
            $"command={OneLine(holder.Command)}",
            $"url={OneLine(holder.Url ?? "")}") + "\n";
        try
        {
            // Written whole, then renamed, so a reader never sees half a file.
            var temporary = $"{file}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the message of a refused open depends on the file: the store works without it.
        }
    }

    private sealed class Release(string file) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0)
            {
                return;
            }

            lock (Gate)
            {
                var count = Connections[file] - 1;
                if (count > 0)
                {
                    Connections[file] = count;
                    return;
                }

                Connections.Remove(file);
                try
                {
                    File.Delete(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A file left behind names a process that is gone: readers ignore it.
                }
            }
        }
    }
}

/// <summary>A live holder read from a holder file: what it is, its process and since when it holds the file.</summary>
internal sealed record HeldBy(StoreHolder Holder, int Pid, DateTimeOffset Since)
{
    /// <summary>The one-line message for a process refused the file: who holds it and what to do instead.</summary>
    public string Describe(string database, bool readOnly)
    {
        var at = Holder.Url is { } url ? ", " + url : "";
        var what = $"{database} is held by {Holder.Command} (pid {Pid.ToString(CultureInfo.InvariantCulture)}, since {Since.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC{at})";
        var advice = Holder.Url is null
            ? "wait for it to finish (DuckDB lets no other process open a file while one writes to it)"
            : readOnly
                ? "DuckDB lets no other process open the file while the server holds it, not even to read: read through the API (GET /api/...) or stop the server"
                : "import through the API (POST /api/import) or stop the server";
        return $"{what}: {advice}";
    }
}
