using System.Diagnostics;
using System.Globalization;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Store.Tests.DuckDb;

public sealed class HolderFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("events.duckdb");

    [Fact]
    public void WriteConnections_RecordThisProcess_UntilTheLastOneCloses()
    {
        var first = DuckDbEventStore.Open(Db, holder: new StoreHolder("crosscurrents import"));
        var text = File.ReadAllText(HolderFile.PathFor(Db));
        Assert.Contains($"pid={Environment.ProcessId}\n", text, StringComparison.Ordinal);
        Assert.Contains("command=crosscurrents import\n", text, StringComparison.Ordinal);

        // A second connection of the same process (the server's requests) shares the record; a read-only one writes none.
        using (DuckDbEventStore.Open(Db, holder: new StoreHolder("someone else")))
        using (DuckDbEventStore.Open(Db, readOnly: true))
        {
            Assert.Equal(text, File.ReadAllText(HolderFile.PathFor(Db)));
        }

        Assert.True(File.Exists(HolderFile.PathFor(Db)));
        first.Dispose();
        Assert.False(File.Exists(HolderFile.PathFor(Db)));
        using (DuckDbEventStore.Open(Db, readOnly: true))
        {
            Assert.False(File.Exists(HolderFile.PathFor(Db)));
        }
    }

    [Fact]
    public void Read_NamesALiveHolder_WithItsAddress_AndWhatToDo()
    {
        using var other = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        try
        {
            Write(other.Id, other.StartTime, "crosscurrents serve", "http://127.0.0.1:5080");
            var held = HolderFile.Read(Db);
            Assert.NotNull(held);
            Assert.Equal(
                $"{Db} is held by crosscurrents serve (pid {other.Id}, since 2026-12-01 15:02 UTC, http://127.0.0.1:5080): import through the API (POST /api/import) or stop the server",
                held.Describe(Db, readOnly: false));
            Assert.Contains("not even to read", held.Describe(Db, readOnly: true), StringComparison.Ordinal);

            Write(other.Id, other.StartTime, "crosscurrents import", url: null);
            Assert.EndsWith("): wait for it to finish (DuckDB lets no other process open a file while one writes to it)", HolderFile.Read(Db)!.Describe(Db, false), StringComparison.Ordinal);
        }
        finally
        {
            other.Kill();
            other.WaitForExit();
        }
    }

    [Fact]
    public void Read_IgnoresAStaleOrBrokenFile()
    {
        // A process that has ended, and a pid now used by another process (the start time differs).
        using var self = Process.GetCurrentProcess();
        using var ended = Process.Start(new ProcessStartInfo("true"))!;
        ended.WaitForExit();
        Write(ended.Id, self.StartTime, "crosscurrents serve", "http://127.0.0.1:5080");
        Assert.Null(HolderFile.Read(Db));

        using var other = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        try
        {
            Write(other.Id, self.StartTime.AddHours(-1), "crosscurrents serve", null);
            Assert.Null(HolderFile.Read(Db));
        }
        finally
        {
            other.Kill();
            other.WaitForExit();
        }

        File.WriteAllText(HolderFile.PathFor(Db), "pid=banana\n\0\0\0");
        Assert.Null(HolderFile.Read(Db));
        File.Delete(HolderFile.PathFor(Db));
        Assert.Null(HolderFile.Read(Db));
    }

    private void Write(int pid, DateTime start, string command, string? url) =>
        File.WriteAllText(HolderFile.PathFor(Db), string.Create(CultureInfo.InvariantCulture,
            $"pid={pid}\nprocess-start={start.ToUniversalTime().Ticks}\nsince=2026-12-01T15:02:41.0000000+00:00\ncommand={command}\nurl={url}\n"));

    public void Dispose() => _dir.Dispose();
}
