using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Places;
using Crosscurrents.Sources.News;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// News coder throughput on one core: reports of about 400 words, built by joining gold reports (so they carry
/// several events each), coded one after another on a single thread.
/// </summary>
internal static class NewsBenchmark
{
    public static int Run(int documents)
    {
        var data = RepositoryData.DataDirectory;
        var coder = new NewsCoder(NewsDictionaries.Load(data, ActorRegistry.Load(Path.Combine(data, "actors")), Gazetteer.Load(Path.Combine(data, "places", "gazetteer.csv"))));
        var gold = NewsEvaluation.LoadGold(Path.Combine(data, "news", "gold.jsonl")).Where(g => g.Events.Count > 0).ToList();

        // ~400-word reports: a dateline report followed by others' bodies as "Separately," paragraphs.
        var reports = new List<NewsDocument>();
        for (var i = 0; i < gold.Count; i++)
        {
            var text = new StringBuilder(gold[i].Document.Text);
            for (var k = 1; Words(text) < 400; k++)
            {
                var other = gold[(i + k) % gold.Count].Document.Text;
                var body = other.Contains(" - ", StringComparison.Ordinal) ? other[(other.IndexOf(" - ", StringComparison.Ordinal) + 3)..] : other;
                text.Append(" Separately, ").Append(body);
            }

            reports.Add(gold[i].Document with { Text = text.ToString() });
        }

        var averageWords = reports.Average(r => Words(new StringBuilder(r.Text)));
        foreach (var r in reports)
        {
            coder.Code(r); // warm-up
        }

        var events = 0L;
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < documents; n++)
        {
            events += coder.Code(reports[n % reports.Count]).Count;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine("# News coder throughput");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- news {documents}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}, one thread.");
        report.AppendLine();
        report.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");
        report.AppendLine();
        report.AppendLine(c, $"{documents:N0} reports of {averageWords:0} words on average ({reports.Count} distinct, built from the gold reports), {events:N0} events coded in {seconds:0.00} s: **{documents / seconds:N0} documents/s** (goal: ≥ 1,000/s; ConfliBERT is reported at about 800/s on a GPU).");
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "news-coder.md"), report.ToString());
        return 0;
    }

    private static int Words(StringBuilder text) => text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
