namespace Crosscurrents.Cli.Tests.Commands;

public sealed class BriefCommandTests
{
    [Fact]
    public void Brief_FirstRunLoadsTheShippedData_LaterRunsReuseIt()
    {
        using var cli = new CliRunner();
        var path = cli.File("brief.html");
        var (exit, output, error) = cli.Run("brief", "--out", path);
        Assert.True(exit == 0, error);
        Assert.Contains($"Brief: {path}", output, StringComparison.Ordinal);
        Assert.Matches(@"Data snapshot: [0-9a-f]{16} \(6,416 events\)", output);
        Assert.Contains("loaded the shipped data", error, StringComparison.Ordinal);
        Assert.Contains("6,416 UCDP GED 22.1 events (ucdp-ged: complete 1989-01-01..2021-12-31 in Pakistan)", error, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
        Assert.True(new FileInfo(path).Length > 100_000);
        var html = File.ReadAllText(path);
        foreach (var section in new[] { ">Key judgements<", ">Glossary<", ">Dynamics<", ">Beyond the event data: reported figures<", ">When the level changed<", ">Who excites whom<", ">TTP-family events around ceasefire ends<" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        var second = cli.Json("brief", "--out", path);
        Assert.Equal(6416, second.GetProperty("events").GetInt32());
        Assert.EndsWith("After 2021 only reported figures.", second.GetProperty("coverage").GetString(), StringComparison.Ordinal);
        var judgements = second.GetProperty("keyJudgements").EnumerateArray().ToList();
        Assert.Equal(7, judgements.Count);
        Assert.All(judgements, j => Assert.NotEqual(0, j.GetProperty("sources").GetArrayLength()));
        using var store = Store.DuckDb.DuckDbEventStore.Open(cli.Db, readOnly: true);
        Assert.Single(store.Batches());
        Assert.Equal(85, store.Timeline().Periods.Count);
        Assert.Equal(second.GetProperty("snapshot").GetString(), store.Snapshot(Core.Events.EventFilter.All).Id);
    }
}
