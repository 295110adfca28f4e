namespace Crosscurrents.Cli.Tests.Commands;

public sealed class ReferenceCommandsTests
{
    [Fact]
    public void Actors_ListsTheRegistryWithAliases()
    {
        using var cli = new CliRunner();
        var actors = cli.Json("actors").EnumerateArray().ToList();
        var ttp = actors.Single(a => a.GetProperty("id").GetString() == "ttp");
        Assert.Contains(ttp.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("alias").GetString() == "Pakistani Taliban");
        Assert.Contains(actors, a => a.GetProperty("parent").GetString() == "ttp" && a.GetProperty("id").GetString() == "ttp-hgb");
        var (_, table, _) = cli.Run("actors");
        Assert.Contains("Hafiz Gul Bahadur group", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_ListsTheGazetteerWithFormerNames()
    {
        using var cli = new CliRunner();
        var places = cli.Json("places").EnumerateArray().ToList();
        Assert.Contains(places, p => p.GetProperty("name").GetString() == "Bajaur" && p.GetProperty("formerName").GetString() == "Bajaur Agency");
        Assert.Contains(places, p => p.GetProperty("country").GetString() == "Afghanistan" && p.GetProperty("name").GetString() == "Paktika");
    }

    [Fact]
    public void Periods_FiltersByKind()
    {
        using var cli = new CliRunner();
        var strikes = cli.Json("periods", "--kind", "cross_border_strike").EnumerateArray().ToList();
        Assert.Equal(4, strikes.Count);
        var (exit, table, _) = cli.Run("periods", "--kind", "ceasefire");
        Assert.Equal(0, exit);
        Assert.Contains("ceasefire", table, StringComparison.Ordinal);
    }
}
