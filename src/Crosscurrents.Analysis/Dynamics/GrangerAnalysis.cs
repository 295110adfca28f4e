using System.Text.Json.Serialization;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Models.TimeSeries;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Analysis.Dynamics;

/// <summary>Pairwise Granger tests and a VAR between two or more streams.</summary>
public sealed record GrangerRequest(string Streams, TimeResolution Resolution, int Lags, DateOnly? From, DateOnly? To);

/// <summary>Every ordered pair's Granger F test and the VAR coefficients of each equation.</summary>
public sealed record GrangerResult(IReadOnlyList<string> Streams, TimeResolution Resolution, int Lags, int Periods, IReadOnlyList<GrangerRow> Granger,
    IReadOnlyList<VarEquation> Var, string Model, string Snapshot, string Coverage)
{
    /// <summary>The series tested, one group per stream, for charts.</summary>
    [JsonIgnore]
    public EventSeries Series { get; init; } = null!;
}

/// <summary>Does <see cref="Cause"/> help predict <see cref="Effect"/>? The ssr F test.</summary>
public sealed record GrangerRow(string Cause, string Effect, double F, double P, int DfNumerator, int DfDenominator);

/// <summary>One VAR equation's coefficients.</summary>
public sealed record VarEquation(string Equation, IReadOnlyList<VarCoefficient> Coefficients);

/// <summary>A term (const or Lk.stream) and its least-squares estimate.</summary>
public sealed record VarCoefficient(string Term, double Estimate);

/// <summary>Granger causality between stream counts: a linear cross-check of the Hawkes directions.</summary>
public static class GrangerAnalysis
{
    public const string ModelDescription = "least squares VAR with a constant; pairwise Granger ssr F tests";

    public static GrangerResult Run(AnalysisContext context, GrangerRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var chosen = Analyses.Streams(context, request.Streams);
        if (chosen.Count < 2)
        {
            throw new UsageException("--streams: give at least two streams");
        }

        var window = Analyses.Window(context, chosen, request.From, request.To);
        var (first, last) = (window.From, window.To);
        var sets = chosen.Select(s => context.Store.Query(s.ToFilter(context.Actors) with { From = first, To = last })).ToList();
        var built = sets.Select(set => SeriesBuilder.Build(set, new SeriesOptions(request.Resolution, From: first, To: last), context.Actors)).ToList();
        var series = built.Select(b => b.Groups[0].Best).ToList();
        var p = request.Lags;
        var tests = new List<GrangerRow>();
        for (var i = 0; i < chosen.Count; i++)
        {
            for (var j = 0; j < chosen.Count; j++)
            {
                if (i != j)
                {
                    var t = VectorAutoregression.Granger(series[i], series[j], p);
                    tests.Add(new GrangerRow(chosen[i].Name, chosen[j].Name, t.F, t.PValue, t.DfNumerator, t.DfDenominator));
                }
            }
        }

        var coefficients = VectorAutoregression.Fit(series, p);
        var snapshot = DataSnapshot.OfEvents(sets.SelectMany(s => s.Events).DistinctBy(e => e.Id).Select(EventContentHash.Compute));
        var equations = Enumerable.Range(0, chosen.Count).Select(e => new VarEquation(chosen[e].Name, Enumerable.Range(0, coefficients.GetLength(0)).Select(r =>
            new VarCoefficient(r == 0 ? "const" : $"L{((r - 1) / chosen.Count) + 1}.{chosen[(r - 1) % chosen.Count].Name}", coefficients[r, e])).ToList())).ToList();
        var together = new EventSeries(built[0].Options with { Grouping = Grouping.Actor }, built[0].PeriodStarts,
            built.Select((b, i) => b.Groups[0] with { Name = chosen[i].Name }).ToList(), snapshot);
        return new GrangerResult(chosen.Select(s => s.Name).ToList(), request.Resolution, p, series[0].Length, tests, equations, ModelDescription, snapshot.Id, window.Note)
        {
            Series = together,
        };
    }
}
