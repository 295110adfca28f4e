using Crosscurrents.Analysis.Brief;
using Crosscurrents.Analysis.Scenarios;
using Crosscurrents.Claims;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Analysis.Tests.Brief;

using Verdict = Crosscurrents.Claims.Verdict;

/// <summary>The key judgements keep their wording rules on the shipped data, on a small synthetic store and on
/// synthetic verdicts and options: numbers with intervals and sources, claims under their verdicts, missing parts said.</summary>
public sealed class BriefJudgementsTests
{
    private static readonly Lazy<BriefData> Shipped = new(() =>
    {
        using var dir = new TempDirectory();
        var workspace = new Workspace(dir.File("events.duckdb"), RepositoryData.DataDirectory);
        using var session = workspace.Open(readOnly: false);
        var scenarios = Directory.GetFiles(Path.Combine(RepositoryData.RepositoryRoot, "scenarios"), "*.yaml").Where(f => !f.EndsWith("status-quo.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return BriefAnalysis.Run(session.Context, Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"), null, scenarios);
    });

    [Fact]
    public void Compute_OnTheShippedData_KeepsTheWordingRules_AndCoversEveryTopic()
    {
        var data = Shipped.Value;
        JudgementRules.Check(data.KeyJudgements, data.Claims!.Verdicts);
        Assert.Equal(["level", "reported", "claims", "question", "forecasts", "scenarios", "limits"], data.KeyJudgements.Select(j => j.Topic));
        Assert.All(data.KeyJudgements, j => Assert.Null(j.NotComputed));
    }

    [Fact]
    public void Compute_OnTheShippedData_SaysWhereTheEventDataEnd_AndWhatCarriesOn()
    {
        var judgements = Shipped.Value.KeyJudgements;
        var limits = judgements.Single(j => j.Topic == "limits").Text;
        Assert.Contains("the event data end on 31 Dec 2021 and cover only Pakistan", limits, StringComparison.Ordinal);
        Assert.Contains("the policy simulations start where the event data end (Jan 2022), not today", limits, StringComparison.Ordinal);
        var reported = judgements.Single(j => j.Topic == "reported");
        Assert.StartsWith("After the event data end in 2021, only reported figures go on: PICSS counted 294 militant attacks in 2021, 905 in 2024, its highest year", reported.Text, StringComparison.Ordinal);
        Assert.All(reported.Numbers, n => Assert.Null(n.Interval));
    }

    [Fact]
    public void Compute_OnTheShippedData_AnswersTheArticlesQuestion_AsTheDataAllow()
    {
        var question = Shipped.Value.KeyJudgements.Single(j => j.Topic == "question");
        Assert.Contains("whether retaliatory strikes prevent further escalation: the data cannot test it: ", question.Text, StringComparison.Ordinal);
        Assert.Contains("“Retaliatory strike after each major attack” gives", question.Text, StringComparison.Ordinal);
        Assert.Contains("no clear difference, resting only on assumptions", question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_OnTheShippedData_NamesEachSourceWithItsYearsAndPlaces()
    {
        var text = Shipped.Value.Coverage.Text;
        Assert.StartsWith("Event data: UCDP GED 22.1, Pakistan, 1989–2021 complete; reported figures: PICSS militant attacks, Pakistan, monthly 2019-01–2025-11", text, StringComparison.Ordinal);
        Assert.Contains("UCDP non state, one sided, organized violence, state based, Afghanistan, Pakistan, yearly 1989–2024", text, StringComparison.Ordinal);
        Assert.EndsWith("news coded: none. After 2021 only reported figures.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OnASyntheticStore_WithoutReportedFiguresOrScenarios_SaysWhatIsMissingAndWhy()
    {
        using var dir = new TempDirectory();
        var ged = dir.File("synthetic.csv");
        GedFileGenerator.Write(ged, rows: 600, seed: 7);
        var workspace = new Workspace(dir.File("events.duckdb"), RepositoryData.DataDirectory) { LoadShippedData = false };
        using var session = workspace.Open(readOnly: false);
        var store = session.Store;
        store.ReplaceTimeline(workspace.LoadTimeline());
        Sources.Importing.EventImport.Run(ged, new Sources.Ucdp.UcdpGedImporter(), store, new Sources.Importing.ImportContext(ged, workspace.LoadActors(), workspace.LoadPlaces(), "22.1"),
            dir.File("rejects.csv"), TimeProvider.System);
        var claims = dir.File("claims.yaml");
        File.WriteAllText(claims, """
            claims:
              - id: rise
                text: "violence rose in the 2010s"
                summary: "violence rose in the 2010s"
                test: change
                stream: ttp
                from: 2000-01-01
                to: 2005-12-31
                then_from: 2010-01-01
                then_to: 2015-12-31
                expect: increase
              - id: peak
                text: "the peak came in 2009"
                summary: "the peak came in 2009"
                test: peak
                stream: ttp
                from: 2000
                to: 2020
                expect_years: [2009]
              - id: strikes
                text: "strikes deter"
                summary: "strikes deter"
                test: deters
                source: pak-strikes-afg
                target: ttp
                window: 30
            """);

        var data = BriefAnalysis.Run(session.Context, claims, null, null, ensureShippedData: false);
        JudgementRules.Check(data.KeyJudgements, data.Claims!.Verdicts);
        var byTopic = data.KeyJudgements.ToDictionary(j => j.Topic);
        Assert.Equal("Violence after the event data cannot be given: the store holds no complete year of PICSS militant-attack figures.", byTopic["reported"].Text);
        Assert.Equal("The comparison of policy options cannot be given: no scenario files were given.", byTopic["scenarios"].Text);
        Assert.StartsWith("The forecast for the next months cannot be given: the store holds no PICSS monthly figures", byTopic["forecasts"].Text, StringComparison.Ordinal);
        Assert.Null(byTopic["claims"].NotComputed);
        Assert.Contains("there are no reported figures to carry the picture further", byTopic["limits"].Text, StringComparison.Ordinal);
        Assert.EndsWith("news coded: none.", data.Coverage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WithNothingButAFewEvents_MakesEveryJudgementWithoutDefaults()
    {
        var events = new[] { Event("a", new DateOnly(2020, 3, 1), 4), Event("b", new DateOnly(2020, 7, 9), 0) };
        var set = new EventSet(events, DataSnapshot.Compute(events.Select(e => (e.Id, EventContentHash.Compute(e)))))
        {
            Coverage = new CoverageMap([new DatasetCoverage("ucdp-ged", Completeness.Complete, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), ["Pakistan"], null, null, "stated", "test")]),
        };
        var coverage = BriefCoverage.Compute(set.Coverage, [], []);
        var figures = BriefFigures.Compute(set, RepositoryData.Actors, []);
        var judgements = BriefJudgements.Compute(new JudgementInputs(BriefEvents.FromEvents(set, RepositoryData.Actors), coverage, figures, [], null, null, null, null, null));
        JudgementRules.Check(judgements, null);
        var level = judgements.Single(j => j.Topic == "level");
        Assert.StartsWith("In the event data (UCDP GED, 2020–2020), the deaths in organised violence in Pakistan number 4 (low–high estimates 4 to 4)", level.Text, StringComparison.Ordinal);
        Assert.Contains("no changepoint in TTP-family violence could be given (no model was fitted)", level.Text, StringComparison.Ordinal);
        Assert.Equal("The article's claims cannot be given: no claim file was checked.", judgements.Single(j => j.Topic == "claims").Text);
        Assert.Equal("Event data: UCDP GED, Pakistan, 2020–2020 complete; reported figures: none; news coded: none.", coverage.Text);
    }

    [Fact]
    public void Claims_AreListedUnderTheirOwnVerdict_WithTheVerdictThenWhenItDiffers()
    {
        ClaimVerdict Made(string id, Verdict verdict) => new(new PeakClaim { Id = id, Text = id, Summary = $"claim {id}", Stream = "ttp", ExpectYears = [2022], AsOf = new DateOnly(2024, 3, 1) },
            verdict, "", null, null, null, "reason", null, "");
        var verdicts = new List<ClaimVerdict>
        {
            Made("one", Verdict.Contradicted) with { AsOfVerdict = Made("one", Verdict.Supported) },
            Made("two", Verdict.Inconclusive), Made("three", Verdict.Supported), Made("four", Verdict.NotTestable),
            Made("five", Verdict.Inconclusive),
        };
        var judgements = BriefJudgements.Compute(Inputs() with { Claims = verdicts, ClaimFile = "c.yaml" });
        JudgementRules.Check(judgements, verdicts);
        var claims = judgements.Single(j => j.Topic == "claims").Text;
        Assert.Equal("Of the 5 claims checked against the data, the data support 1: claim three; go against 1: claim one (supported as of 2024-03-01, with what was known then); "
            + "cannot settle 2: claim two, claim five; and cannot test 1: claim four.", claims);
    }

    [Theory]
    [InlineData(-20, -5, "less violence")]
    [InlineData(3, 9, "more violence")]
    [InlineData(-10, 5, "no clear difference")]
    public void Scenarios_AreWordedAsTheirIntervalSays(double lo, double hi, string words)
    {
        var run = Scenarios(Outcome("option", "An option", lo, hi, onlyAssumptions: false));
        var judgement = BriefJudgements.Compute(Inputs() with { Scenarios = run }).Single(j => j.Topic == "scenarios");
        Assert.Contains("), " + words, judgement.Text, StringComparison.Ordinal);
        foreach (var other in new[] { "less violence", "more violence", "no clear difference" }.Where(w => w != words))
        {
            Assert.DoesNotContain(other, judgement.Text, StringComparison.Ordinal);
        }

        Assert.Equal(words == "no clear difference" ? ScenarioEffect.NoClearDifference : words == "less violence" ? ScenarioEffect.LessViolence : ScenarioEffect.MoreViolence,
            BriefJudgements.Effect(run.Scenarios[0].VsStatusQuo!));
    }

    [Fact]
    public void Question_WithAStrikeOptionThatRestsOnAssumptions_SaysSo()
    {
        var run = Scenarios(Outcome("retaliate", "Strike back", -30, 20, onlyAssumptions: true, lever: "strike"));
        var judgements = BriefJudgements.Compute(Inputs() with { Scenarios = run });
        JudgementRules.Check(judgements, null);
        var question = judgements.Single(j => j.Topic == "question").Text;
        Assert.Contains("no claim of the claim file tests it; in the simulations, “Strike back” gives 5 fewer (90% interval 30 fewer to 20 more) ttp events than the status quo over 24 months, no clear difference, resting only on assumptions", question, StringComparison.Ordinal);
    }

    private static ConflictEvent Event(string id, DateOnly date, int deaths) => new()
    {
        Id = "ucdp-ged:" + id,
        Source = new EventSource("ucdp-ged", "22.1", id),
        DateStart = date,
        DateEnd = date,
        Place = new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "Bannu", null, null, null, 33.0, 70.6, 3),
        SideA = new ActorMention("Government of Pakistan", "pak-state"),
        SideB = new ActorMention("TTP", "ttp"),
        ViolenceType = ViolenceType.StateBased,
        Fatalities = new Fatalities(deaths, deaths, deaths),
    };

    private static JudgementInputs Inputs()
    {
        var events = new[] { Event("a", new DateOnly(2020, 3, 1), 4) };
        var set = new EventSet(events, DataSnapshot.Compute(events.Select(e => (e.Id, EventContentHash.Compute(e)))))
        {
            Coverage = new CoverageMap([new DatasetCoverage("ucdp-ged", Completeness.Complete, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), ["Pakistan"], null, null, "stated", "test")]),
        };
        return new JudgementInputs(BriefEvents.FromEvents(set, RepositoryData.Actors), BriefCoverage.Compute(set.Coverage, [], []), BriefFigures.Compute(set, RepositoryData.Actors, []), [], null, null, null, null, null);
    }

    private static ScenarioOutcome Outcome(string name, string title, double lo, double hi, bool onlyAssumptions, string lever = "talks")
    {
        var total = new TotalRow(100, 100, [80, 120]);
        return new ScenarioOutcome(name, title, "", name + ".yaml", onlyAssumptions, onlyAssumptions ? ["assumed"] : [],
            [new LeverRow(name, lever, "always", onlyAssumptions ? "assumed" : "fitted", onlyAssumptions, 0.9, [0.6, 1.3], "stated")], [], total, total, 0.1,
            new DifferenceRow(new TotalRow((lo + hi) / 2, (lo + hi) / 2, [lo, hi]), new TotalRow(0, 0, [0, 0]), 0.5), [], 0, 0);
    }

    private static ScenarioRunResult Scenarios(ScenarioOutcome option)
    {
        var total = new TotalRow(100, 100, [80, 120]);
        var statusQuo = new ScenarioOutcome("status-quo", "Status quo", "", "", false, [], [], [], total, total, 0.1, null, [], 0, 0);
        return new ScenarioRunResult("ttp", new DateOnly(2021, 1, 1), 24, 1000, 1, 40, "file",
            new ScenarioFitRow(["ttp"], new DateOnly(2015, 1, 1), new DateOnly(2020, 12, 31), 2192, "converged", 0.4, []), statusQuo, [option], "model", "events", [], "abc", "coverage");
    }
}
