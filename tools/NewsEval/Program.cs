using System.Globalization;
using Crosscurrents.Sources.News;
using Crosscurrents.Testing.Fixtures;

// Usage: dotnet run --project tools/NewsEval -- [gold.jsonl|folder ...] [--errors]
var data = RepositoryData.DataDirectory;
var coder = new NewsCoder(NewsDictionaries.Load(data, RepositoryData.Actors, RepositoryData.Places));
var sets = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (sets.Count == 0)
{
    sets = [Path.Combine(data, "news", "dev", "gold.jsonl"), Path.Combine(data, "news", "gold.jsonl")];
}

var c = CultureInfo.InvariantCulture;
foreach (var set in sets)
{
    var gold = NewsEvaluation.LoadGold(set);
    var s = NewsEvaluation.Score(coder, gold);
    Console.WriteLine(string.Create(c, $"{set}: docs {s.Documents} gold {s.GoldEvents} coded {s.CodedEvents} matched {s.Matched} P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000} type {s.TypeAccuracy:0.000} district {s.DistrictAccuracy:0.000} deaths {s.FatalityExactMatch:0.000} date {s.DateAccuracy:0.000} actor1 {s.Actor1Accuracy:0.000} injured {s.InjuredExactMatch:0.000} crashes {s.Crashes} background {s.BackgroundFound}/{s.BackgroundGold}"));
    if (args.Contains("--errors"))
    {
        foreach (var e in s.Errors)
        {
            Console.WriteLine("  " + e);
        }
    }
}
