using System.Text.Json;
using Crosscurrents.Core.Events;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class CodeCommandTests
{
    private static string Gold => Path.Combine(RepositoryData.DataDirectory, "news", "gold.jsonl");

    [Fact]
    public void Code_Jsonl_WritesOneEventPerLineWithTheDocumentedFields()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("code", Gold);
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 55);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        foreach (var field in new[] { "doc_id", "event_type", "date", "date_precision", "country", "province", "district", "place", "lat", "lon",
                     "actor1", "actor2", "killed_low", "killed_best", "killed_high", "injured", "evidence", "confidence" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        Assert.Equal("g001", first.GetProperty("doc_id").GetString());
        Assert.All(lines, l => Assert.False(JsonDocument.Parse(l).RootElement.GetProperty("background").GetBoolean()));
    }

    [Fact]
    public void Code_Import_StoresNewsEventsAndReimportChangesNothing()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("code", Gold, "--import");
        Assert.True(exit == 0, error);
        Assert.Contains("imported", error, StringComparison.Ordinal);
        long count;
        using (var store = DuckDbEventStore.Open(cli.Db, readOnly: true))
        {
            var news = store.Query(EventFilter.All with { Dataset = "news" }).Events;
            count = news.Count;
            Assert.True(count >= 50);
            // Two reports of the Kurram convoy attack (first toll 42, then 44) merge into one event with the higher toll.
            Assert.Contains(news, e => e.Place.District == "Kurram" && e.Fatalities.Best == 44 && e.SourceText!.Contains("g014", StringComparison.Ordinal) && e.SourceText.Contains("g039", StringComparison.Ordinal));
        }

        var (again, _, second) = cli.Run("code", Gold, "--import");
        Assert.Equal(0, again);
        Assert.Contains("imported 0 news events", second, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeEval_Json_ReportsTheScores()
    {
        using var cli = new CliRunner();
        var json = cli.Json("code", "eval", Gold, "--split", "test");
        var scores = json.GetProperty("scores");
        Assert.True(scores.GetProperty("f1").GetDouble() >= 0.9);
        Assert.Equal(31, scores.GetProperty("documents").GetInt32());
        var (exit, table, _) = cli.Run("code", "eval", Gold, "--split", "tune");
        Assert.Equal(0, exit);
        Assert.Contains("detection F1", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_BadLinesAndTheRegexCrashReport_AreErrorRecords_AndTheBatchGoesOn()
    {
        using var cli = new CliRunner();
        var path = cli.File("mixed.jsonl");
        File.WriteAllText(path,
            "{\"id\":\"a\",\"date\":\"2024-03-18\",\"text\":\"PESHAWAR, March 18 - A bomb killed two people. x y 20 to 25 kilogrammes of explosives \"}\n" +
            "[1,2]\n" +
            "7\n" +
            "{\"id\":\"b\",\"date\":\"2024-03-19\",\"text\":\"QUETTA, March 19 - Gunmen shot dead four policemen in Quetta on Tuesday.\"}\n");
        var (exit, output, error) = cli.Run("code", path);
        Assert.Equal(3, exit);
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc_id").GetString()).ToHashSet();
        Assert.Equal(["a", "b"], docs.Order(StringComparer.Ordinal));
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        Assert.Contains("2 of 4 documents failed", error, StringComparison.Ordinal);

        var (importExit, _, importError) = cli.Run("code", path, "--import");
        Assert.Equal(3, importExit);
        Assert.Contains("imported 2 news events", importError, StringComparison.Ordinal);
    }
}
