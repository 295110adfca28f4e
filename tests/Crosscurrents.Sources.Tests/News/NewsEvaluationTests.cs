using Crosscurrents.Sources.News;

namespace Crosscurrents.Sources.Tests.News;

public sealed class NewsEvaluationTests
{
    private static readonly IReadOnlyList<GoldDocument> Gold = NewsEvaluation.LoadGold(NewsTestKit.GoldFile);

    [Fact]
    public void Gold_HasAtLeast60Reports_SplitInHalves_WithTheHardCases()
    {
        Assert.True(Gold.Count >= 60);
        Assert.InRange(Gold.Count(g => g.Split == "tune") - Gold.Count(g => g.Split == "test"), -1, 1);
        Assert.Contains(Gold, g => g.Events.Count >= 2);
        Assert.Contains(Gold, g => g.Events.Count == 0);
        Assert.Contains(Gold, g => g.Events.Any(e => e.Actor1 == "unidentified"));
    }

    [Fact]
    public void Score_OnTheHeldOutHalf_MeetsTheDetectionTypeAndDistrictGoals()
    {
        var scores = NewsEvaluation.Score(NewsTestKit.Coder, Gold.Where(g => g.Split == "test"));
        Assert.True(scores.F1 >= 0.90, $"F1 {scores.F1:0.000}");
        Assert.True(scores.TypeAccuracy >= 0.85, $"type {scores.TypeAccuracy:0.000}");
        Assert.True(scores.DistrictAccuracy >= 0.85, $"district {scores.DistrictAccuracy:0.000}");
        Assert.True(scores.DateAccuracy >= 0.90, $"date {scores.DateAccuracy:0.000}");

        // Goal 0.90; the coder reaches 0.966 on the test half (28 of 29, the dev set's toll conventions). A regression guard.
        Assert.True(scores.FatalityExactMatch >= 0.93, $"deaths {scores.FatalityExactMatch:0.000}");
    }

    [Fact]
    public void Score_CountsMissesAndSpuriousEvents()
    {
        var gold = Gold.First(g => g.Events.Count == 1);
        var doubled = gold with { Events = [gold.Events[0], gold.Events[0] with { District = "Nowhere", Date = gold.Events[0].Date.AddDays(-30) }] };
        var scores = NewsEvaluation.Score(NewsTestKit.Coder, [doubled]);
        Assert.Equal((2, 1), (scores.GoldEvents, scores.Matched));
        Assert.Equal(0.5, scores.Recall);
        Assert.Contains(scores.Errors, e => e.Contains("missed", StringComparison.Ordinal));
    }

    private static readonly string[] LaterSets = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"];

    /// <summary>Every span of evidence the coder cites on the 422 reports of the gold sets is the text at its offset.</summary>
    [Fact]
    public void Code_OnEveryGoldSet_CitesItsEvidenceFromTheText()
    {
        var data = Crosscurrents.Testing.Fixtures.RepositoryData.DataDirectory;
        var documents = new[] { "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8" }
            .SelectMany(name => NewsEvaluation.LoadGold(Path.Combine(data, "news", name, "gold.jsonl")))
            .Concat(NewsEvaluation.LoadGold(NewsTestKit.GoldFile))
            .Select(g => g.Document)
            .ToList();
        Assert.Equal(422, documents.Count);
        var wrong = documents
            .SelectMany(d => NewsTestKit.Coder.Code(d).SelectMany(e => e.Evidence.Select(x => (d, x))))
            .Where(p => p.x.Start < 0 || !p.d.Text.AsSpan(p.x.Start).StartsWith(p.x.Text, StringComparison.Ordinal))
            .Select(p => $"{p.d.Id} {p.x.Field} '{p.x.Text}' at {p.x.Start}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Take(10)));
    }

    /// <summary>
    /// The eight later sets written independently of the coder (data/news/heldout to heldout8: 320 reports, 392 new
    /// events), pooled: a regression floor under what the coder reaches on them now (F1 0.938, type 0.924, district
    /// 0.970, deaths 0.781, date 0.954), so a change that helps one style and breaks another fails here.
    /// </summary>
    [Fact]
    public void Score_OnTheLaterIndependentSets_StaysAboveTheFloor()
    {
        var sets = LaterSets
            .SelectMany(name => NewsEvaluation.LoadGold(Path.Combine(Crosscurrents.Testing.Fixtures.RepositoryData.DataDirectory, "news", name, "gold.jsonl")))
            .ToList();
        Assert.Equal(320, sets.Count);
        AssertAtLeast(NewsEvaluation.Score(NewsTestKit.Coder, sets), f1: 0.92, type: 0.90, district: 0.94, deaths: 0.76, date: 0.93);
    }

    private static void AssertAtLeast(NewsScores scores, double f1, double type, double district, double deaths, double date)
    {
        Assert.Equal(0, scores.Crashes);
        Assert.True(scores.F1 >= f1, $"F1 {scores.F1:0.000}");
        Assert.True(scores.TypeAccuracy >= type, $"type {scores.TypeAccuracy:0.000}");
        Assert.True(scores.DistrictAccuracy >= district, $"district {scores.DistrictAccuracy:0.000}");
        Assert.True(scores.FatalityExactMatch >= deaths, $"deaths {scores.FatalityExactMatch:0.000}");
        Assert.True(scores.DateAccuracy >= date, $"date {scores.DateAccuracy:0.000}");
    }

    /// <summary>
    /// The dev set (data/news/dev, 40 reports written independently of the coder, its conventions the project's): a
    /// regression floor a little under what the coder reaches (F1 0.981, type 1.000, district 1.000, deaths 0.906,
    /// date 1.000, no crash), so a change that breaks the structure fails here.
    /// </summary>
    [Fact]
    public void Score_OnTheDevSet_StaysAboveTheFloor()
    {
        var dev = NewsEvaluation.LoadGold(Path.Combine(Crosscurrents.Testing.Fixtures.RepositoryData.DataDirectory, "news", "dev", "gold.jsonl"));
        Assert.Equal(40, dev.Count);
        Assert.Equal(55, dev.Sum(d => d.Events.Count(e => !e.Background)));
        var scores = NewsEvaluation.Score(NewsTestKit.Coder, dev);
        AssertAtLeast(scores, f1: 0.95, type: 0.93, district: 0.95, deaths: 0.86, date: 0.95);
        Assert.True(scores.BackgroundFound >= 10, $"background {scores.BackgroundFound} of {scores.BackgroundGold}");
    }

    [Fact]
    public void LoadGold_DevSetFormat_ReadsDocumentsBesideTheRows_AndMapsActorLabels()
    {
        var dev = NewsEvaluation.LoadGold(Path.Combine(Crosscurrents.Testing.Fixtures.RepositoryData.DataDirectory, "news", "dev"));
        var d02 = dev.Single(d => d.Document.Id == "d02");
        Assert.Equal("", d02.Split);
        Assert.Equal(("kidnapping", "ttp", 32, 38), (d02.Events[0].EventType, d02.Events[0].Actor1, d02.Events[0].KilledBest!.Value, d02.Events[0].KilledHigh!.Value));
        Assert.Contains(dev, d => d.Events.Any(e => e.Background));
        Assert.Equal(dev.Count, NewsEvaluation.InSplit(dev, "test").Count);
    }
}
