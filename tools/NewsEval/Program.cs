using System.Globalization;
using Crosscurrents.Sources.News;
using Crosscurrents.Testing.Fixtures;

// Usage: dotnet run --project tools/NewsEval -- [gold.jsonl|folder ...] [--errors]
var data = RepositoryData.DataDirectory;
var coder = new NewsCoder(NewsDictionaries.Load(data, RepositoryData.Actors, RepositoryData.Places));
var sets = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--doc")).ToList();
if (sets.Count == 0)
{
    sets = [Path.Combine(data, "news", "dev", "gold.jsonl"), Path.Combine(data, "news", "gold.jsonl")];
}

var c = CultureInfo.InvariantCulture;
if (args.SkipWhile(a => a != "--time").Skip(1).FirstOrDefault() is { } probe)
{
    foreach (var t in Crosscurrents.Sources.News.Internal.TimeExpressions.Find(probe, 0, probe.Length, new DateOnly(2021, 2, 25)))
    {
        Console.WriteLine($"{t.Date} {t.Precision} '{t.Text}' speech={t.Speech} off={t.OffsetDays}");
    }

    return;
}

if (args.Contains("--speed"))
{
    var docs = NewsEvaluation.LoadGold(sets[0]).Select(g => g.Document).ToList();
    foreach (var d in docs)
    {
        coder.Code(d);
    }

    var words = docs.Sum(d => d.Text.Split(' ').Length);
    var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var n = 0;
    while (watch.Elapsed.TotalSeconds < 5)
    {
        coder.Code(docs[n++ % docs.Count]);
    }

    var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
    Console.WriteLine(string.Create(c, $"cpu {n / cpu:0} docs per cpu-second"));
    Console.WriteLine(string.Create(c, $"{n / watch.Elapsed.TotalSeconds:0} docs/s at {words / docs.Count} words; {n * (double)words / docs.Count / watch.Elapsed.TotalSeconds:0} words/s"));
    return;
}

if (args.SkipWhile(a => a != "--file").Skip(1).FirstOrDefault() is { } file)
{
    foreach (var read in NewsReader.ReadAll(file, new DateOnly(2025, 1, 1)))
    {
        foreach (var e in coder.TryCode(read.Document!).Events)
        {
            Console.WriteLine(string.Create(c, $"{e.EventType} {e.Date:yyyy-MM-dd} {e.Province}/{e.District} a1={e.Actor1} k={e.KilledLow}/{e.KilledBest}/{e.KilledHigh} bg={e.Background} :: {string.Join(" | ", e.Evidence.Select(x => x.Field + ":" + x.Text))}"));
        }
    }

    return;
}

var show = args.SkipWhile(a => a != "--doc").Skip(1).FirstOrDefault();
if (show is not null)
{
    foreach (var g in NewsEvaluation.LoadGold(sets[0]).Where(g => g.Document.Id == show))
    {
        if (args.Contains("--sentences"))
        {
            foreach (var seg in Crosscurrents.Sources.News.Internal.TextSegmenter.Split(g.Document.Text, 0))
            {
                var cas = Crosscurrents.Sources.News.Internal.CasualtyGrammar.Read(g.Document.Text, seg.Start, seg.End);
                var sentence = g.Document.Text[seg.Start..seg.End];
                Console.WriteLine($"[{seg.Paragraph}{(seg.Heading is null ? "" : " H=" + seg.Heading)}] {sentence[..Math.Min(100, sentence.Length)]}");
                foreach (var x in cas)
                {
                    Console.WriteLine(string.Create(c, $"      {(x.Killed ? "K" : "I")} {x.Low}/{x.Best}/{x.High} {x.Role} part={x.Part} total={x.Total} roleTotal={x.RoleTotal} add={x.Additional} '{x.Text}' alt={Crosscurrents.Sources.News.Internal.CasualtyGrammar.IsAlternativeAccount(sentence)}"));
                }
            }
        }

        foreach (var e in coder.Code(g.Document))
        {
            Console.WriteLine(string.Create(c, $"{e.EventType} {e.Date:yyyy-MM-dd} {e.DatePrecision} {e.Province}/{e.District} a1={e.Actor1} a2={e.Actor2} k={e.KilledLow}/{e.KilledBest}/{e.KilledHigh} inj={e.Injured} bg={e.Background}"));
            foreach (var x in e.Evidence)
            {
                Console.WriteLine($"    {x.Field}: {x.Text}");
            }
        }

        foreach (var e in g.Events)
        {
            Console.WriteLine(string.Create(c, $"  GOLD {e.EventType} {e.Date:yyyy-MM-dd} {e.District} a1={e.Actor1} k={e.KilledLow}/{e.KilledBest}/{e.KilledHigh} inj={e.Injured} bg={e.Background}"));
        }
    }

    return;
}

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
