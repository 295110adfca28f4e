using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Places;
using Crosscurrents.Sources.News;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// News coder throughput on one core, and its scores on the gold sets. The reports are the dev set's 40 reports
/// (data/news/dev: wire copy, newspapers, ISPR releases, tickers, FIR summaries, features, roundups), each extended
/// with the paragraphs of the next ones until it has at least 400 words, coded one after another on one thread.
/// </summary>
internal static class NewsBenchmark
{
    private static readonly string[] LaterSets = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"];

    public static int Run(int documents)
    {
        var data = RepositoryData.DataDirectory;
        var coder = new NewsCoder(NewsDictionaries.Load(data, ActorRegistry.Load(Path.Combine(data, "actors")), Gazetteer.Load(Path.Combine(data, "places", "gazetteer.csv"))));
        var dev = NewsEvaluation.LoadGold(Path.Combine(data, "news", "dev", "gold.jsonl"));
        var own = NewsEvaluation.LoadGold(Path.Combine(data, "news", "gold.jsonl"));
        // The sets written independently after the dev set, in the order they were written; each was scored once before
        // any rule was written against it (those first scores are in docs/news-coder.md), and tuned on afterwards.
        var later = LaterSets
            .Select(name => (Name: name, Path: Path.Combine(data, "news", name, "gold.jsonl")))
            .Where(x => File.Exists(x.Path))
            .Select(x => (x.Name, Gold: NewsEvaluation.LoadGold(x.Path)))
            .ToList();

        var reports = new List<NewsDocument>();
        for (var i = 0; i < dev.Count; i++)
        {
            var text = new StringBuilder(dev[i].Document.Text);
            for (var k = 1; Words(text.ToString()) < 400; k++)
            {
                foreach (var paragraph in dev[(i + k) % dev.Count].Document.Text.Split("\n\n").Skip(1))
                {
                    text.Append("\n\n").Append(paragraph);
                    if (Words(text.ToString()) >= 400)
                    {
                        break;
                    }
                }
            }

            reports.Add(dev[i].Document with { Text = text.ToString() });
        }

        var averageWords = reports.Average(r => Words(r.Text));
        for (var w = 0; w < 3; w++)
        {
            foreach (var r in reports)
            {
                coder.Code(r); // warm-up (tiered JIT)
            }
        }

        var thread = Process.GetCurrentProcess();
        var cpuBefore = thread.TotalProcessorTime;
        var events = 0L;
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < documents; n++)
        {
            events += coder.Code(reports[n % reports.Count]).Count;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        thread.Refresh();
        var cpuSeconds = (thread.TotalProcessorTime - cpuBefore).TotalSeconds;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine("# News coder: scores and throughput");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- news {documents}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}, one thread.");
        report.AppendLine();
        report.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores shared with other jobs (load average {load} when the run started), {Environment.OSVersion}, .NET {Environment.Version}.");
        report.AppendLine();
        report.AppendLine("## Scores (`crosscurrents code eval GOLD`)");
        report.AppendLine();
        report.AppendLine("| set | docs | gold / coded / matched | P | R | detection F1 | type | district | deaths exact | date | actor1 | injured | crashes | background found |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(report, "dev set (data/news/dev)", NewsEvaluation.Score(coder, dev));
        Row(report, "own set, test half", NewsEvaluation.Score(coder, own.Where(g => g.Split == "test")));
        Row(report, "own set, all", NewsEvaluation.Score(coder, own));
        foreach (var (name, gold) in later)
        {
            Row(report, $"data/news/{name} (written independently; tuned on after its first score)", NewsEvaluation.Score(coder, gold));
        }

        report.AppendLine();
        report.AppendLine("Goals: detection F1 ≥ 0.90, type ≥ 0.85, district ≥ 0.85, deaths exact ≥ 0.75, date ≥ 0.90, 0 crashes.");
        report.AppendLine();
        report.AppendLine("## Throughput");
        report.AppendLine();
        report.AppendLine(c, $"{documents:N0} reports of {averageWords:0} words on average ({reports.Count} distinct, the dev set's reports extended to 400 words), {events:N0} events coded.");
        report.AppendLine();
        report.AppendLine(c, $"- wall clock: {seconds:0.00} s, **{documents / seconds:N0} documents/s**");
        report.AppendLine(c, $"- CPU time of the process: {cpuSeconds:0.00} s, **{documents / cpuSeconds:N0} documents per CPU-second** (the machine was shared, so this is the figure for one core of one's own)");
        report.AppendLine();
        report.AppendLine("Goal: ≥ 1,000 documents/s on one core for 400-word reports. For comparison, ConfliBERT is reported at about 800 documents/s on a GPU.");
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "news-coder.md"), report.ToString());
        return 0;
    }

    private static void Row(StringBuilder report, string name, NewsScores s) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {s.Documents} | {s.GoldEvents} / {s.CodedEvents} / {s.Matched} | {s.Precision:0.000} | {s.Recall:0.000} | **{s.F1:0.000}** | **{s.TypeAccuracy:0.000}** | **{s.DistrictAccuracy:0.000}** | **{s.FatalityExactMatch:0.000}** | **{s.DateAccuracy:0.000}** | {s.Actor1Accuracy:0.000} | {s.InjuredExactMatch:0.000} | {s.Crashes} | {s.BackgroundFound} of {s.BackgroundGold} |");

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
