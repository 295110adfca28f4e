using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Claims.Tests;

/// <summary>A temporary store filled with synthetic events whose truth is known, and a checker over it.</summary>
internal sealed class SyntheticWorld : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly List<ConflictEvent> _events = [];
    private int _next;

    public static readonly IReadOnlyList<StreamDefinition> Streams = StreamDefinition.Load(Path.Combine(RepositoryData.DataDirectory, "streams.csv"));

    public Timeline Timeline { get; set; } = new([]);

    public IReadOnlyList<Core.Reported.ReportedFigure> Reported { get; set; } = [];

    /// <summary>What the synthetic dataset covers; by default complete from the first month of its events to the last,
    /// in the countries it has events for.</summary>
    public Core.Coverage.DatasetCoverage? Coverage { get; set; }

    /// <summary>Adds Poisson(rate(day)) events per day between two dates for a stream's actor.</summary>
    public void Add(string opponent, DateOnly from, DateOnly to, Func<DateOnly, double> rate, int seed, string country = "Pakistan", string province = "Khyber Pakhtunkhwa", string district = "Bannu")
    {
        var random = new Random(seed);
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var n = Poisson.Sample(random, rate(d));
            for (var i = 0; i < n; i++)
            {
                AddOne(opponent, d, country, province, district);
            }
        }
    }

    public void AddOne(string opponent, DateOnly day, string country = "Pakistan", string province = "Khyber Pakhtunkhwa", string district = "Bannu", string sideA = "pak-state")
    {
        var id = (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _events.Add(new ConflictEvent
        {
            Id = "synthetic:" + id,
            Source = new EventSource("synthetic", "1", id),
            DateStart = day,
            DateEnd = day,
            Place = new EventPlace(country, province, district, null, null, null, 33.0, 70.6, 3),
            SideA = new ActorMention(sideA, sideA),
            SideB = new ActorMention(opponent, opponent),
            ViolenceType = ViolenceType.StateBased,
            Fatalities = new Fatalities(1, 1, 1),
        });
    }

    public IReadOnlyList<ClaimVerdict> Check(params Claim[] claims)
    {
        var path = _dir.File($"store-{Guid.NewGuid():N}.duckdb");
        using var store = DuckDbEventStore.Open(path);
        var first = _events.Count == 0 ? (DateOnly?)null : _events.Min(e => e.DateStart);
        var last = _events.Count == 0 ? (DateOnly?)null : _events.Max(e => e.DateStart);
        var coverage = Coverage ?? new Core.Coverage.DatasetCoverage("synthetic", Core.Coverage.Completeness.Complete,
            first is { } f ? new DateOnly(f.Year, f.Month, 1) : null, last is { } l ? new DateOnly(l.Year, l.Month, 1).AddMonths(1).AddDays(-1) : null,
            _events.Select(e => e.Place.Country).Distinct().ToList(), null, null, "stated", "synthetic world");
        var batch = new ImportBatch("b", "synthetic", "", "synthetic", "synthetic", "1", DateTimeOffset.UnixEpoch) { Coverage = coverage };
        using (var session = store.BeginImport(batch))
        {
            foreach (var e in _events)
            {
                session.Add(e);
            }

            session.Commit(batch);
        }

        return ClaimChecker.Check(claims, new ClaimContext(store, RepositoryData.Actors, Timeline, Streams) { Reported = Reported });
    }

    public void Dispose() => _dir.Dispose();
}
