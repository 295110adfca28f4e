using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscurrents.Claims;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// How often each claim test gives each verdict in simulated worlds where the truth is known: worlds with no effect
/// (a "supported" verdict is a false positive) and worlds with an effect of known size in the claimed direction (a
/// "contradicted" verdict is a false negative of the worst kind). The worlds are not the tests' own models: daily
/// counts are Poisson with a gamma-distributed rate from day to day (overdispersed, with a slow trend), and the
/// self-excitation worlds are continuous-time Hawkes processes binned to days.
/// </summary>
internal static class ClaimCalibration
{
    private static readonly DateOnly Start = new(2012, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    public static int Run(int replications)
    {
        var streams = StreamDefinition.Load(Path.Combine(RepositoryData.DataDirectory, "streams.csv"));
        var dir = Directory.CreateTempSubdirectory("crosscurrents-calibration-");
        var rows = new List<string>();
        var clock = Stopwatch.StartNew();
        var interventions = Enumerable.Range(0, 8).Select(i => Start.AddDays(200 + (i * 420))).ToList();
        var timeline = new Timeline(interventions.Select(d => new Period(d, d.AddDays(30), "ceasefire", "truce", null) { Parties = ["pak-state", "ttp"] })
            .Concat(interventions.Select(d => new Period(d.AddDays(30), d.AddDays(30), "ceasefire_end", "truce ends", null) { Parties = ["pak-state", "ttp"] })));
        bool AfterEnd(DateOnly d, int days) => interventions.Any(i => d > i.AddDays(30) && d <= i.AddDays(30 + days));

        var cases = new (string Test, string World, Func<DateOnly, double> Rate, Claim Claim, bool Hawkes)[]
        {
            ("change", "no change", _ => 0.6, Change(), false),
            ("change", "×1.5 in B", d => d.Year >= 2019 ? 0.9 : 0.6, Change(), false),
            ("after-vs-before", "no effect", _ => 0.6, new AfterVsBeforeClaim { Id = "a", Text = "a", Stream = "ttp", Kinds = ["ceasefire_end"], Window = 4, Expect = ChangeDirection.Increase }, false),
            ("after-vs-before", "×2 for 4 weeks after", d => AfterEnd(d, 28) ? 1.2 : 0.6, new AfterVsBeforeClaim { Id = "a", Text = "a", Stream = "ttp", Kinds = ["ceasefire_end"], Window = 4, Expect = ChangeDirection.Increase }, false),
            ("regroup", "no effect, declining trend", d => 1.0 * Math.Pow(0.8, (d.DayNumber - Start.DayNumber) / 365.0), Regroup(), false),
            ("regroup", "×2 for 8 weeks after", d => AfterEnd(d, 56) ? 1.2 : 0.6, Regroup(), false),
            ("peak", "flat", _ => 0.6, Peak(), false),
            ("peak", "×1.6 in 2020", d => d.Year == 2020 ? 0.96 : 0.6, Peak(), false),
            ("excites", "no excitation, overdispersed days", _ => 0.4, new ExcitesClaim { Id = "e", Text = "e", Source = "ttp", Target = "ttp" }, false),
            ("excites", "no excitation, Poisson days", _ => double.PositiveInfinity, new ExcitesClaim { Id = "e", Text = "e", Source = "ttp", Target = "ttp" }, false),
            ("excites", "Hawkes n = 0.3", _ => 0.4, new ExcitesClaim { Id = "e", Text = "e", Source = "ttp", Target = "ttp" }, true),
        };

        var table = new StringBuilder();
        table.AppendLine("| test | world | replications | supported | contradicted | inconclusive | not testable | false rate |");
        table.AppendLine("|---|---|---|---|---|---|---|---|");
        for (var c = 0; c < cases.Length; c++)
        {
            var (test, world, rate, claim, hawkes) = cases[c];
            var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
            var n = test == "excites" ? Math.Max(10, replications / 2) : replications;
            for (var r = 0; r < n; r++)
            {
                var random = new Random((c * 100_000) + r); // fixed per row and replication: the table reproduces
                var events = hawkes ? HawkesEvents(random) : Events(rate, random);
                var path = Path.Combine(dir.FullName, $"w{r}.duckdb");
                var verdict = Check(path, events, claim with { Seed = r }, timeline, streams);
                verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
                File.Delete(path);
            }

            int V(Verdict v) => verdicts.GetValueOrDefault(v.Text());
            var isNull = world.StartsWith("no ", StringComparison.Ordinal) || world is "flat";
            var falseRate = isNull ? $"false supported {V(Verdict.Supported) / (double)n:P0}" : $"false contradicted {V(Verdict.Contradicted) / (double)n:P0}; power {V(Verdict.Supported) / (double)n:P0}";
            var line = string.Create(CultureInfo.InvariantCulture, $"| {test} | {world} | {n} | {V(Verdict.Supported)} | {V(Verdict.Contradicted)} | {V(Verdict.Inconclusive)} | {V(Verdict.NotTestable)} | {falseRate} |");
            table.AppendLine(line);
            Console.WriteLine(line);
        }

        dir.Delete(recursive: true);
        Console.WriteLine();
        Console.WriteLine(table.ToString());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0} s; {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static ChangeClaim Change() => new()
    {
        Id = "c", Text = "c", Stream = "ttp", Expect = ChangeDirection.Increase,
        From = new DateOnly(2016, 1, 1), To = new DateOnly(2017, 12, 31), ThenFrom = new DateOnly(2019, 1, 1), ThenTo = new DateOnly(2020, 12, 31),
    };

    private static RegroupClaim Regroup() => new() { Id = "r", Text = "r", Stream = "ttp", Actor = "ttp", Window = 8, Expect = ChangeDirection.Increase };

    private static PeakClaim Peak() => new()
    {
        Id = "p", Text = "p", Stream = "ttp", From = new DateOnly(2016, 1, 1), To = new DateOnly(2021, 12, 31), ExpectYears = [2020],
    };

    /// <summary>Daily Poisson counts whose rate varies from day to day as Gamma(shape 2) around the given mean.</summary>
    private static List<DateOnly> Events(Func<DateOnly, double> rate, Random random)
    {
        var days = new List<DateOnly>();
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            // An infinite rate marks the plain Poisson world (rate 0.4 without day-to-day swings).
            var n = double.IsPositiveInfinity(rate(d)) ? Poisson.Sample(random, 0.4) : Poisson.Sample(random, Gamma.Sample(random, 2.0, 2.0 / rate(d)));
            for (var i = 0; i < n; i++)
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>A continuous-time Hawkes process (background 0.28/day, branching 0.3, mean delay 5 days) binned to days.</summary>
    private static List<DateOnly> HawkesEvents(Random random)
    {
        var span = End.DayNumber - Start.DayNumber + 1;
        return ContinuousHawkesSimulator.Simulate(0.28, 0.3, 0.2, span, random).Select(t => Start.AddDays((int)Math.Floor(t))).ToList();
    }

    private static string Check(string path, List<DateOnly> days, Claim claim, Timeline timeline, IReadOnlyList<StreamDefinition> streams)
    {
        using var store = DuckDbEventStore.Open(path);
        var coverage = new DatasetCoverage("synthetic", Completeness.Complete, Start, End, ["Pakistan"], null, null, "stated", "calibration world");
        var batch = new ImportBatch("b", "synthetic", "", "synthetic", "synthetic", "1", DateTimeOffset.UnixEpoch) { Coverage = coverage };
        using (var session = store.BeginImport(batch))
        {
            var id = 0;
            foreach (var day in days)
            {
                var sourceId = (id++).ToString(CultureInfo.InvariantCulture);
                session.Add(new ConflictEvent
                {
                    Id = "synthetic:" + sourceId,
                    Source = new EventSource("synthetic", "1", sourceId),
                    DateStart = day,
                    DateEnd = day,
                    Place = new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "Bannu", null, null, null, 33.0, 70.6, 3),
                    SideA = new ActorMention("ttp", "ttp"),
                    SideB = new ActorMention("civilians", "civilians"),
                    ViolenceType = ViolenceType.OneSided,
                    Fatalities = new Fatalities(1, 1, 1),
                });
            }

            session.Commit(batch);
        }

        return ClaimChecker.Check([claim], new ClaimContext(store, RepositoryData.Actors, timeline, streams))[0].Verdict.Text();
    }
}
