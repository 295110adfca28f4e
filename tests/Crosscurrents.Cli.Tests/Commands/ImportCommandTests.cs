using System.Diagnostics;
using Crosscurrents.Core.Events;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    [Fact]
    public void Import_ShippedFile_ReportsCounts_AndAgainChangesNothing()
    {
        using var cli = new CliRunner(empty: true);
        var first = cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        Assert.Equal("ucdp-ged", first.GetProperty("format").GetString());
        Assert.Equal(6416, first.GetProperty("read").GetInt32());
        Assert.Equal(6416, first.GetProperty("imported").GetInt32());
        Assert.Equal(0, first.GetProperty("rejected").GetInt32());
        Assert.Empty(first.GetProperty("unresolvedSides").EnumerateObject());

        var again = cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(6416, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(first.GetProperty("snapshot").GetString(), again.GetProperty("snapshot").GetString());
    }

    [Fact]
    public void Import_BadRows_AreRejectedToTheRejectsFile_AndGoodRowsKept()
    {
        using var cli = new CliRunner(empty: true);
        var path = cli.File("mixed.csv");
        File.WriteAllText(path,
            "event_id,date_start,country,province,side_a,side_b,fatalities_best,latitude,longitude\n" +
            "1,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n" +
            "2,2023-02-31,Pakistan,KP,TTP,police,4,34.0,71.5\n" +
            "3,2023-03-01,Pakistan,KP,TTP,police,four,34.0,71.5\n" +
            "4,2023-03-02,Pakistan,KP,TTP,police,1,134.0,71.5\n" +
            "5,2023-03-03,Pakistan,KP,,police,1,34.0,71.5\n" +
            "6,2023-03-04,Pakistan,Sindh,Brand New Front,police,2,24.8,67.0\n");
        var (exit, output, error) = cli.Run("import", path);
        Assert.True(exit == 0, error);
        Assert.Contains("mixed.csv, line 3, field 'date_start'", output, StringComparison.Ordinal);
        Assert.Contains("line 4, field 'fatalities_best'", output, StringComparison.Ordinal);
        Assert.Contains("line 5, field 'latitude'", output, StringComparison.Ordinal);
        Assert.Contains("line 6, field 'side_a'", output, StringComparison.Ordinal);
        Assert.Contains("Brand New Front: 1 events", output, StringComparison.Ordinal);

        var rejects = File.ReadAllLines(cli.Db + ".rejects.csv");
        Assert.Equal("batch,file,line,field,reason,record", rejects[0]);
        Assert.Equal(5, rejects.Length);
        using var store = DuckDbEventStore.Open(cli.Db, readOnly: true);
        Assert.Equal(2, store.Snapshot(EventFilter.All).EventCount);
    }

    [Fact]
    public void Import_UnknownFormat_IsRefusedWithTheKnownFormats()
    {
        using var cli = new CliRunner();
        var path = cli.File("gtd.csv");
        File.WriteAllText(path, "eventid,iyear,gname,nkill\n1,2014,TTP,150\n");
        var (exit, _, error) = cli.Run("import", path);
        Assert.Equal(1, exit);
        Assert.Contains("format not recognised", error, StringComparison.Ordinal);
        Assert.Contains("ucdp-candidate", error, StringComparison.Ordinal);
        Assert.Contains("acled", error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Db + ".rejects.csv"));
    }

    [Fact]
    public void Import_MissingFile_IsAClearError()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("import", cli.File("nope.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("nope.csv: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_KilledMidway_LeavesTheStoreAsItWas()
    {
        using var cli = new CliRunner(empty: true);
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var before = Snapshot(cli.Db);
        var big = cli.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(big, 150_000, seed: 9);

        var cliDll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", ["exec", cliDll, "import", big, "--db", cli.Db, "--data-dir", RepositoryData.DataDirectory])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var killed = false;
        while (process.StandardError.ReadLine() is { } line)
        {
            if (line.EndsWith("30%", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }
        }

        process.WaitForExit();
        Assert.True(killed, "the import finished before it could be killed");
        Assert.Equal(before, Snapshot(cli.Db));
        using var store = DuckDbEventStore.Open(cli.Db, readOnly: true);
        Assert.Single(store.Batches());
    }

    private static Core.Snapshots.DataSnapshot Snapshot(string db)
    {
        using var store = DuckDbEventStore.Open(db, readOnly: true);
        return store.Snapshot(EventFilter.All);
    }

    /// <summary>Seeded hostile files through the whole import (issue 11): read = imported + updated + unchanged + rejected,
    /// or a one-line file error; never a stack trace.</summary>
    [Fact]
    public void Import_MutatedFiles_AccountForEveryRecordInTheStore()
    {
        using var cli = new CliRunner();
        var random = new Random(42);
        var good = "event_id,date_start,country,province,side_a,side_b,fatalities_best,latitude,longitude\n" + string.Concat(Enumerable.Range(0, 30).Select(i =>
            $"{i},2023-{1 + (i % 12):00}-{1 + (i % 28):00},Pakistan,KP,TTP,police,{i},34.0,71.5\n"));
        var hostile = new[] { "\0", "\"", ",", "\n", "\r\n", "9999-12-31", "0001", "\u001b", "\uFEFF", "-1", "\"\"", "\t" };
        var path = cli.File("fuzz.csv");
        for (var round = 0; round < 12; round++)
        {
            var body = new System.Text.StringBuilder(good[(good.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
            for (var edits = random.Next(1, 10); edits > 0; edits--)
            {
                body.Insert(random.Next(body.Length), hostile[random.Next(hostile.Length)]);
            }

            File.WriteAllText(path, good[..(good.IndexOf('\n', StringComparison.Ordinal) + 1)] + body);
            var (exit, output, error) = cli.Run("import", path, "--json");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            if (exit != 0)
            {
                Assert.Equal(1, exit);
                Assert.StartsWith("error:", error, StringComparison.Ordinal);
                continue;
            }

            var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
            var accounted = json.GetProperty("imported").GetInt64() + json.GetProperty("updated").GetInt64() +
                json.GetProperty("unchanged").GetInt64() + json.GetProperty("rejected").GetInt64();
            Assert.Equal(json.GetProperty("read").GetInt64(), accounted);
        }
    }
}
