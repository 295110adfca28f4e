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

    /// <param name="replications">Worlds per row (half as many for the Hawkes-based tests).</param>
    /// <param name="only">Run only these tests (null: all).</param>
    public static int Run(int replications, IReadOnlySet<string>? only = null)
    {
        var streams = StreamDefinition.Load(Path.Combine(RepositoryData.DataDirectory, "streams.csv"));
        var dir = Directory.CreateTempSubdirectory("crosscurrents-calibration-");
        var rows = new List<string>();
        var clock = Stopwatch.StartNew();
        var interventions = Enumerable.Range(0, 8).Select(i => Start.AddDays(200 + (i * 420))).ToList();
        var timeline = new Timeline(interventions.Select(d => new Period(d, d.AddDays(30), "ceasefire", "truce", null) { Parties = ["pak-state", "ttp"] })
            .Concat(interventions.Select(d => new Period(d.AddDays(30), d.AddDays(30), "ceasefire_end", "truce ends", null) { Parties = ["pak-state", "ttp"] })));
        bool AfterEnd(DateOnly d, int days) => interventions.Any(i => d > i.AddDays(30) && d <= i.AddDays(30 + days));

        List<Ev> Ttp(List<DateOnly> days) => days.Select(d => new Ev(d, "ttp")).ToList();
        var excites = new ExcitesClaim { Id = "e", Text = "e", Source = "ttp", Target = "ttp" };
        var deters = new DetersClaim { Id = "d", Text = "d", Source = "pak-strikes-afg", Target = "ttp", Window = 14 };
        var links = new LinksClaim { Id = "l", Text = "l", Source = "ttp", Target = "isk", Relation = LinkRelation.Excites };
        var cases = new (string Test, string World, Func<Random, List<Ev>> Events, Claim Claim)[]
        {
            ("change", "no change", r => Ttp(Events(_ => 0.6, r)), Change()),
            ("change", "×1.5 in B", r => Ttp(Events(d => d.Year >= 2019 ? 0.9 : 0.6, r)), Change()),
            ("after-vs-before", "no effect", r => Ttp(Events(_ => 0.6, r)), new AfterVsBeforeClaim { Id = "a", Text = "a", Stream = "ttp", Kinds = ["ceasefire_end"], Window = 4, Expect = ChangeDirection.Increase }),
            ("after-vs-before", "×2 for 4 weeks after", r => Ttp(Events(d => AfterEnd(d, 28) ? 1.2 : 0.6, r)), new AfterVsBeforeClaim { Id = "a", Text = "a", Stream = "ttp", Kinds = ["ceasefire_end"], Window = 4, Expect = ChangeDirection.Increase }),
            ("regroup", "no effect, declining trend", r => Ttp(Events(d => 1.0 * Math.Pow(0.8, (d.DayNumber - Start.DayNumber) / 365.0), r)), Regroup()),
            ("regroup", "×2 for 8 weeks after", r => Ttp(Events(d => AfterEnd(d, 56) ? 1.2 : 0.6, r)), Regroup()),
            ("peak", "flat", r => Ttp(Events(_ => 0.6, r)), Peak()),
            ("peak", "×1.6 in 2020", r => Ttp(Events(d => d.Year == 2020 ? 0.96 : 0.6, r)), Peak()),
            ("excites", "no excitation, overdispersed days", r => Ttp(Events(_ => 0.4, r)), excites),
            ("excites", "no excitation, Poisson days", r => Ttp(Events(_ => double.PositiveInfinity, r)), excites),
            ("excites", "Hawkes n = 0.3", r => Ttp(HawkesEvents(r)), excites),
            ("share", "no effect: share 0.5 at the bound, independent events", r => ShareEvents(0.5, 1, r), Share()),
            ("share", "no effect: share 0.5 at the bound, events in clusters of 1–6", r => ShareEvents(0.5, 6, r), Share()),
            ("share", "share 0.6, events in clusters of 1–6", r => ShareEvents(0.6, 6, r), Share()),
            ("deters", "no effect: random strikes, overdispersed days", r => Strikes(Ttp(Events(_ => 0.6, r)), r, afterBusyDays: false), deters),
            ("deters", "no effect: strikes after busy days, Hawkes target", r => Strikes(Ttp(HawkesEvents(r)), r, afterBusyDays: true), deters),
            ("deters", "×0.5 for 14 days after strikes", r => Deterred(r), deters),
            ("links", "no link: independent self-exciting streams", r => Bivariate(0.0, r), links),
            ("links", "no link: shared weekly swings", r => SharedSwings(r), links),
            ("links", "ttp → isk branching 0.3", r => Bivariate(0.3, r), links),
        };

        var table = new StringBuilder();
        table.AppendLine("| test | world | replications | supported | contradicted | inconclusive | not testable | depends on the background | false rate |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        for (var c = 0; c < cases.Length; c++)
        {
            var (test, world, simulate, claim) = cases[c];
            if (only is not null && !only.Contains(test))
            {
                continue;
            }

            var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
            var depends = 0;
            var n = test is "excites" or "deters" or "links" ? Math.Max(10, replications / 2) : replications;
            for (var r = 0; r < n; r++)
            {
                var random = new Random((c * 100_000) + r); // fixed per row and replication: the table reproduces
                var events = simulate(random);
                var path = Path.Combine(dir.FullName, $"w{r}.duckdb");
                var verdict = Check(path, events, claim with { Seed = r }, timeline, streams);
                verdicts[verdict.Verdict.Text()] = verdicts.GetValueOrDefault(verdict.Verdict.Text()) + 1;
                depends += verdict.DependsOnBackground ? 1 : 0;
                if (Environment.GetEnvironmentVariable("CALIBRATION_VERBOSE") is not null)
                {
                    Console.Error.WriteLine($"{test} | {world} | {r} | {verdict.Verdict.Text()} | {verdict.Effect} | {verdict.Lower:0.000}–{verdict.Upper:0.000} | {verdict.Reason}");
                }
                File.Delete(path);
            }

            int V(Verdict v) => verdicts.GetValueOrDefault(v.Text());
            var isNull = world.StartsWith("no ", StringComparison.Ordinal) || world is "flat";
            // Without an effect, "contradicted" is also false for tests of a change either way (a peak elsewhere,
            // no excitation or no link is what "contradicted" or "inconclusive" should say there).
            var bothWays = world.Contains("at the bound", StringComparison.Ordinal) || (isNull && test is "change" or "after-vs-before" or "regroup" or "deters");
            var falseRate = bothWays ? $"false supported {V(Verdict.Supported) / (double)n:P0}, false contradicted {V(Verdict.Contradicted) / (double)n:P0}"
                : isNull ? $"false supported {V(Verdict.Supported) / (double)n:P0}" : $"false contradicted {V(Verdict.Contradicted) / (double)n:P0}; power {V(Verdict.Supported) / (double)n:P0}";
            var hawkesTest = test is "excites" or "deters" or "links";
            var line = string.Create(CultureInfo.InvariantCulture, $"| {test} | {world} | {n} | {V(Verdict.Supported)} | {V(Verdict.Contradicted)} | {V(Verdict.Inconclusive)} | {V(Verdict.NotTestable)} | {(hawkesTest ? depends.ToString(CultureInfo.InvariantCulture) : "")} | {falseRate} |");
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

    private static ClaimVerdict Check(string path, List<Ev> events, Claim claim, Timeline timeline, IReadOnlyList<StreamDefinition> streams)
    {
        using var store = DuckDbEventStore.Open(path);
        var coverage = new DatasetCoverage("synthetic", Completeness.Complete, Start, End, ["Pakistan", "Afghanistan"], null, null, "stated", "calibration world");
        var batch = new ImportBatch("b", "synthetic", "", "synthetic", "synthetic", "1", DateTimeOffset.UnixEpoch) { Coverage = coverage };
        using (var session = store.BeginImport(batch))
        {
            var id = 0;
            foreach (var e in events)
            {
                var sourceId = (id++).ToString(CultureInfo.InvariantCulture);
                session.Add(new ConflictEvent
                {
                    Id = "synthetic:" + sourceId,
                    Source = new EventSource("synthetic", "1", sourceId),
                    DateStart = e.Day,
                    DateEnd = e.Day,
                    Place = e.Actor == "pak-state" ? new EventPlace("Afghanistan", "Khost", "Khost", null, null, null, 33.3, 69.9, 3) : new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "Bannu", null, null, null, 33.0, 70.6, 3),
                    SideA = new ActorMention(e.Actor, e.Actor),
                    SideB = new ActorMention("civilians", "civilians"),
                    ViolenceType = ViolenceType.OneSided,
                    Fatalities = new Fatalities(1, 1, 1),
                });
            }

            session.Commit(batch);
        }

        return ClaimChecker.Check([claim], new ClaimContext(store, RepositoryData.Actors, timeline, streams))[0];
    }

    /// <summary>An event of the calibration world: its day and the actor on side A (the TTP, ISKP, or the Pakistani state striking in Afghanistan).</summary>
    private readonly record struct Ev(DateOnly Day, string Actor);

    private static ShareClaim Share() => new() { Id = "s", Text = "s", Actor = "ttp", Country = "Pakistan", Provinces = ["Khyber Pakhtunkhwa"], AtLeast = 0.5 };

    /// <summary>
    /// Events for the share test: clusters (one operation reported as several events, all with the same actor) arrive
    /// at 0.3 a day; a cluster has 1 to <paramref name="maxCluster"/> events (uniform) and is the TTP's with
    /// probability <paramref name="share"/>, otherwise ISKP's. With clusters of 1 the events are independent.
    /// </summary>
    private static List<Ev> ShareEvents(double share, int maxCluster, Random random)
    {
        var events = new List<Ev>();
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            var clusters = Poisson.Sample(random, maxCluster == 1 ? 1.0 : 0.3);
            for (var c = 0; c < clusters; c++)
            {
                var actor = random.NextDouble() < share ? "ttp" : "islamic-state";
                var size = 1 + random.Next(maxCluster);
                events.AddRange(Enumerable.Repeat(new Ev(d, actor), size));
            }
        }

        return events;
    }

    /// <summary>40 strikes in Afghanistan on random days, or on the day after a random 40 of the days with at least 3 target events (retaliation).</summary>
    private static List<Ev> Strikes(List<Ev> target, Random random, bool afterBusyDays)
    {
        var pool = afterBusyDays
            ? target.GroupBy(e => e.Day).Where(g => g.Count() >= 3 && g.Key < End).Select(g => g.Key.AddDays(1)).ToList()
            : Enumerable.Range(0, End.DayNumber - Start.DayNumber + 1).Select(Start.AddDays).ToList();
        var strikes = pool.OrderBy(_ => random.Next()).Take(40).Select(d => new Ev(d, "pak-state"));
        return [.. target, .. strikes];
    }

    /// <summary>Overdispersed target counts (mean 0.6 a day) halved in the 14 days after each of 40 random strikes.</summary>
    private static List<Ev> Deterred(Random random)
    {
        var strikes = Enumerable.Range(0, End.DayNumber - Start.DayNumber + 1).Select(Start.AddDays).OrderBy(_ => random.Next()).Take(40).ToList();
        var after = strikes.SelectMany(s => Enumerable.Range(1, 14).Select(s.AddDays)).ToHashSet();
        return [.. Events(d => after.Contains(d) ? 0.3 : 0.6, random).Select(d => new Ev(d, "ttp")), .. strikes.Select(d => new Ev(d, "pak-state"))];
    }

    /// <summary>
    /// Two continuous-time Hawkes streams by Ogata's thinning, binned to days: the TTP (background 0.28/day) and ISKP
    /// (0.15/day), each exciting itself with branching 0.3 and mean delay 5 days, and the TTP exciting ISKP with
    /// branching <paramref name="cross"/>.
    /// </summary>
    private static List<Ev> Bivariate(double cross, Random random)
    {
        var span = End.DayNumber - Start.DayNumber + 1;
        return OgataHawkesSimulator.Simulate([0.28, 0.15], new[,] { { 0.3, cross }, { 0, 0.3 } }, [0.2, 0.2], span, random)
            .Select(e => new Ev(Start.AddDays((int)Math.Floor(e.Time)), e.Stream == 0 ? "ttp" : "islamic-state")).ToList();
    }

    /// <summary>Two streams with no excitation at all whose daily Poisson rates (0.4 and 0.2) share a Gamma(shape 2) factor that changes weekly: both groups respond to the same conditions.</summary>
    private static List<Ev> SharedSwings(Random random)
    {
        var events = new List<Ev>();
        var factor = 1.0;
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            if ((d.DayNumber - Start.DayNumber) % 7 == 0)
            {
                factor = Gamma.Sample(random, 2.0, 2.0);
            }

            events.AddRange(Enumerable.Repeat(new Ev(d, "ttp"), Poisson.Sample(random, 0.4 * factor)));
            events.AddRange(Enumerable.Repeat(new Ev(d, "islamic-state"), Poisson.Sample(random, 0.2 * factor)));
        }

        return events;
    }
}
