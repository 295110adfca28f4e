using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class ScenarioCommandTests
{
    private static string Scenario(string name) => Path.Combine(RepositoryData.RepositoryRoot, "scenarios", name);

    [Fact]
    public void Replay2014_ScoresTheStatusQuoAndTheOperationAgainstWhatHappened()
    {
        using var cli = new CliRunner();
        var json = cli.Json("scenario", "compare", Scenario("validation/2014-status-quo.yaml"), Scenario("validation/2014-zarb-e-azb.yaml"), "--paths", "500", "--no-sensitivity");
        Assert.Equal("2014-06-01", json.GetProperty("start").GetString());
        Assert.Equal("2014-05-31", json.GetProperty("fit").GetProperty("to").GetString());
        Assert.Equal(31, json.GetProperty("horizonMonths").GetInt32());
        var outcomes = json.GetProperty("scenarios").EnumerateArray().Prepend(json.GetProperty("statusQuo")).ToList();
        foreach (var o in outcomes)
        {
            var score = o.GetProperty("score");
            Assert.Equal(31, score.GetProperty("months").GetInt32());
            Assert.True(score.GetProperty("meanCrps").GetDouble() > 0);
            Assert.InRange(score.GetProperty("coverage90").GetDouble(), 0, 1);
            Assert.Equal(31, o.GetProperty("fan").GetArrayLength());
            Assert.All(o.GetProperty("fan").EnumerateArray(), f => Assert.True(f.GetProperty("observed").GetDouble() >= 0));
        }

        // The status quo's 90% bands hold most months of 2014-16 (77% with 1,000 paths; see docs/scenarios.md).
        Assert.True(json.GetProperty("statusQuo").GetProperty("score").GetProperty("coverage90").GetDouble() >= 0.5);
        var operation = outcomes[2].GetProperty("levers")[0];
        Assert.Equal("estimated", operation.GetProperty("effect").GetString());
        Assert.False(operation.GetProperty("assumed").GetBoolean());
        Assert.Equal("status-quo", json.GetProperty("resembles").GetString());
        Assert.Matches("^[0-9a-f]{16}$", json.GetProperty("snapshot").GetString());
    }

    [Fact]
    public void Replay2017_TheStatusQuoHoldsAndTheOperationsEstimateOverpredicts()
    {
        using var cli = new CliRunner();
        var json = cli.Json("scenario", "compare", Scenario("validation/2017-status-quo.yaml"), Scenario("validation/2017-radd-ul-fasaad.yaml"), "--paths", "300", "--no-sensitivity");
        Assert.Equal("2017-01-01", json.GetProperty("start").GetString());
        var statusQuo = json.GetProperty("statusQuo").GetProperty("score");
        var operation = json.GetProperty("scenarios")[1].GetProperty("score");
        Assert.Equal(60, statusQuo.GetProperty("months").GetInt32());

        // Published in docs/scenarios.md (10,000 paths): status quo CRPS 2.15, 93% coverage; Radd-ul-Fasaad CRPS 7.09, 65%.
        Assert.True(statusQuo.GetProperty("coverage90").GetDouble() >= 0.8);
        Assert.True(operation.GetProperty("meanCrps").GetDouble() > statusQuo.GetProperty("meanCrps").GetDouble());
        Assert.Equal("status-quo", json.GetProperty("resembles").GetString());
    }

    [Fact]
    public void AssumedStrikeRule_IsLabelledInTheJsonAndTheTable_AndRunsReproduce()
    {
        using var cli = new CliRunner();
        var file = cli.File("strike.yaml");
        File.WriteAllText(file, """
            scenario:
              name: strike
              streams: [ttp]
              calibrate_from: 2010-01-01
              calibrate_to: 2013-12-31
              horizon_months: 6
              levers:
                - kind: strike
                  name: strike after 10+
                  rule_min_deaths: 10
                  window_days: 30
                  effect: {rate_ratio: 0.5, low: 0.3, high: 0.8}
                - kind: inject
                  name: mass-casualty attack
                  date: 2014-02-01
                  count: 1
                  deaths: 100
            """);
        string[] args = ["scenario", "compare", file, "--paths", "300", "--seed", "7"];
        var json = cli.Json([.. args, "--chart", cli.File("fan.png")]);
        Assert.True(new FileInfo(cli.File("fan.png")).Length > 1000);
        var outcome = json.GetProperty("scenarios")[0];
        Assert.True(outcome.GetProperty("onlyAssumptions").GetBoolean());
        Assert.Single(outcome.GetProperty("assumptions").EnumerateArray());
        Assert.True(outcome.GetProperty("levers")[0].GetProperty("assumed").GetBoolean());
        Assert.True(outcome.GetProperty("ruleTriggersMean").GetDouble() > 0);
        Assert.True(outcome.GetProperty("vsStatusQuo").GetProperty("events").GetProperty("mean").GetDouble() < 0);
        Assert.Single(outcome.GetProperty("sensitivity").EnumerateArray());
        Assert.Equal(json.GetRawText(), cli.Json(args).GetRawText());

        var (exit, output, _) = cli.Run(args);
        Assert.Equal(0, exit);
        Assert.Contains("ASSUMPTIONS ONLY", output, StringComparison.Ordinal);
        Assert.Contains("ASSUMED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CeasefireLever_UsesTheFittedRateRatiosOfDynamicsFit_AndAddsTheRegroupWindow()
    {
        using var cli = new CliRunner();
        var fit = cli.Json("dynamics", "fit", "--streams", "ttp", "--from", "2007", "--to", "2014-05-31", "--trend-knots", "6");
        var fitted = fit.GetProperty("background")[0].GetProperty("rateRatios").EnumerateArray()
            .ToDictionary(r => r.GetProperty("covariate").GetString()!, r => r.GetProperty("rateRatio").GetDouble());
        var file = cli.File("ceasefire.yaml");
        File.WriteAllText(file, """
            scenario:
              streams: [ttp]
              calibrate_to: 2014-05-31
              horizon_months: 6
              levers:
                - kind: ceasefire
                  name: cf
                  from: 2014-07-01
                  to: 2014-08-31
            """);
        var json = cli.Json("scenario", "run", file, "--paths", "200", "--no-sensitivity");
        var levers = json.GetProperty("scenarios")[0].GetProperty("levers");
        Assert.Equal(2, levers.GetArrayLength());
        Assert.Equal("fitted", levers[0].GetProperty("effect").GetString());
        Assert.Equal(fitted["ceasefire_in_force"], levers[0].GetProperty("rateRatio").GetDouble(), 9);
        Assert.Equal(fitted["after_ceasefire_end_30d"], levers[1].GetProperty("rateRatio").GetDouble(), 9);
        Assert.False(json.GetProperty("scenarios")[0].GetProperty("onlyAssumptions").GetBoolean());
    }

    [Theory]
    [InlineData("a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: &d [*c, *c, *c, *c]\ne: &e [*d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", "aliases")]
    [InlineData("scenario:\n  levers: [[[[[[[[[[[1]]]]]]]]]]]\n", "levels deep")]
    [InlineData("scenario: [unclosed\n", "not valid YAML")]
    [InlineData("- just\n- a list\n", "expected a top-level 'scenario:' mapping")]
    public void HostileScenarioFiles_AreRefusedWithTheirLine(string yaml, string expected)
    {
        using var cli = new CliRunner();
        var file = cli.File("hostile.yaml");
        File.WriteAllText(file, yaml);
        var (exit, _, error) = cli.Run("scenario", "run", file, "--paths", "100");
        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scenario:\n  streams: [ttp]\n  levers:\n    - kind: strike\n      rule_min_deaths: 10\n      colour: red\n", "line 6, lever 1, field 'colour': unknown field")]
    [InlineData("scenario:\n  streams: [ttp]\n  levers:\n    - kind: strike\n      rule_min_deaths: 10\n", "lever 1, field 'effect': missing")]
    [InlineData("scenario:\n  streams: [tpp]\n", "field 'streams': unknown stream 'tpp'; did you mean ttp")]
    [InlineData("scenario:\n  horizon_months: 0\n", "line 2, scenario, field 'horizon_months'")]
    [InlineData("scenario:\n  levers:\n    - kind: ceasefire\n      name: cf\n      from: 2022-05-01\n      to: 2022-04-01\n", "line 6, lever 'cf', field 'to': 2022-04-01 is before from")]
    [InlineData("scenario:\n  levers:\n    - kind: operation\n      from: 2022\n      to: 2023\n      effect: {rate_ratio: 2, low: 0.5, high: 1}\n", "field 'rate_ratio': expected low ≤ rate_ratio ≤ high")]
    public void BadScenarioFiles_GetOneLineNamingTheFileLineAndField(string yaml, string expected)
    {
        using var cli = new CliRunner();
        var file = cli.File("bad.yaml");
        File.WriteAllText(file, yaml);
        var (exit, _, error) = cli.Run("scenario", "run", file, "--paths", "100");
        Assert.Equal(1, exit);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_OutOfRange_IsAUsageError()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("scenario", "run", Scenario("status-quo.yaml"), "--paths", "5");
        Assert.Equal(1, exit);
        Assert.Contains("--paths 5", error, StringComparison.Ordinal);
    }
}
