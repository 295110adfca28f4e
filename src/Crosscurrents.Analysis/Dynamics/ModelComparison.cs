using System.Globalization;
using System.Text.Json.Serialization;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.Forecasting.Scores;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Covariates;

namespace Crosscurrents.Analysis.Dynamics;

/// <summary>Compares models of one stream by their out-of-sample log score: the stream as one, split by province, split by kind of violence.</summary>
/// <param name="Stream">The stream (data/streams.csv).</param>
/// <param name="From">First day (default: where the stream's data begin).</param>
/// <param name="To">Last day (default: where they end).</param>
/// <param name="TestShare">Share of the covered days, at the end, held out for scoring (at least a year).</param>
/// <param name="Seed">Seed of the randomised time-rescaling residuals.</param>
public sealed record ModelComparisonRequest(string Stream, DateOnly? From, DateOnly? To, double TestShare = 0.25, int Seed = 1);

/// <summary>
/// How well each model of the stream predicts the held-out days, one day ahead, against the stream modelled as one;
/// which one is chosen and what it buys.
/// </summary>
public sealed record ModelComparisonResult(string Stream, DateOnly From, DateOnly To, DateOnly TestFrom, int TestDays, double TestEvents, string Rule,
    IReadOnlyList<ModelAlternative> Alternatives, string Chosen, string Verdict, string Model, int Seed, string Snapshot, string Coverage);

/// <summary>
/// One model of the stream: its parts (the streams it is fitted as), how its fit on the training days ended, its
/// one-day-ahead log score of the stream's total on the held-out days, the gain over the stream modelled as one with a
/// paired test over the days, and the time-rescaling test of the total on the training days.
/// </summary>
public sealed record ModelAlternative(string Name, string Description, IReadOnlyList<string> Parts, IReadOnlyList<double> Events, bool Usable, string Fit)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TrendKnots { get; init; }

    /// <summary>Σ over the held-out days of ln P(the day's total) (natural log).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? LogScore { get; init; }

    /// <summary>Mean gain in log score per held-out day over the stream modelled as one, with its 95% interval and the Diebold–Mariano p-value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? GainPerDay { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? GainCi95 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? GainPValue { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public KsRow? TotalKs { get; init; }

    /// <summary>Each part's self-excitation (branching ratio) on the training days.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BranchingEstimate>? SelfExcitation { get; init; }
}

/// <summary>A way of modelling one stream's daily counts: as parts whose counts add up to the stream's.</summary>
/// <param name="Name">Short name (as-one, by-province, by-violence).</param>
/// <param name="Description">What it is, in words.</param>
/// <param name="Parts">The parts' names.</param>
/// <param name="Counts">Counts[part][day]; the parts add up to the stream's daily counts.</param>
public sealed record ModelCandidate(string Name, string Description, IReadOnlyList<string> Parts, double[][] Counts);

/// <summary>
/// Picks a model of a stream by its out-of-sample log score: each candidate (the stream as one, split by province,
/// split by kind of violence) is fitted on the first days of the covered span with the background chosen by BIC as
/// in <c>dynamics fit</c>, and scores the stream's daily total on the held-out last days one day ahead. See
/// <c>docs/dynamics.md</c>, "When the test rejects".
/// </summary>
public static class ModelComparison
{
    /// <summary>A part needs at least this many events on the training days, or it joins the remainder.</summary>
    public const int MinPartEvents = 50;

    /// <summary>At most this many named parts (the rest is one remainder part).</summary>
    public const int MaxParts = 4;

    /// <summary>Lags of the daily log-score differences in the paired test's long-run variance (a week).</summary>
    public const int PairedTestLags = 7;

    public const string Rule = "each model fitted on the training days (trend knots by BIC), scored on the held-out days by the one-day-ahead log score of the stream's daily total (parameters fixed, the trend held at its level on the last training day); another model is chosen only when it beats the stream modelled as one with a paired Diebold–Mariano p < 0.05 over the held-out days";

    public const string ModelDescription = "Hawkes models of daily counts as in dynamics fit; a split stream's parts are fitted jointly and their one-day predictive distributions convolved (same-day offspring across parts left out)";

    public static ModelComparisonResult Run(AnalysisContext context, ModelComparisonRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.TestShare is >= 0.1 and <= 0.5))
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--test-share {request.TestShare}: give a share of the days from 0.1 to 0.5"));
        }

        var stream = Analyses.Stream(context, request.Stream, "--stream");
        var window = Analyses.Window(context, [stream], request.From, request.To);
        var (first, last) = (window.From, window.To);
        var days = last.DayNumber - first.DayNumber + 1;
        var (testDays, trainDays) = Split(days, request.TestShare);
        var filter = stream.ToFilter(context.Actors) with { From = first, To = last };
        var total = context.Store.Count(filter, new CountRequest(TimeResolution.Day));
        var counts = DailyDesign.Daily(total, first, last);
        var byProvince = context.Store.Count(filter, new CountRequest(TimeResolution.Day, CountKey.Province));
        var candidates = new List<ModelCandidate> { new("as-one", "the stream modelled as one", [stream.Name], [counts]) };
        var provinces = Parts(byProvince.Rows.Select(r => (Key: r.Province ?? "unknown province", Day: r.Period.DayNumber - first.DayNumber, Events: (double)r.Events)), counts, trainDays, "other provinces");
        if (provinces is not null)
        {
            candidates.Add(new ModelCandidate("by-province", "split by province (each province its own background and excitation, excitation across provinces)", provinces.Value.Names, provinces.Value.Counts));
        }

        if (stream.Violence is null)
        {
            var kinds = new[] { ViolenceType.StateBased, ViolenceType.NonState, ViolenceType.OneSided };
            var rows = kinds.SelectMany(v => context.Store.Count(filter with { ViolenceType = v }, new CountRequest(TimeResolution.Day)).Rows
                .Select(r => (Key: ViolenceName(v), Day: r.Period.DayNumber - first.DayNumber, Events: (double)r.Events)));
            var violence = Parts(rows, counts, trainDays, "other kinds");
            if (violence is not null)
            {
                candidates.Add(new ModelCandidate("by-violence", "split by kind of violence (state-based fighting, non-state fighting, one-sided violence against civilians)", violence.Value.Names, violence.Value.Counts));
            }
        }

        var alternatives = Compare(candidates, first, last, context.Timeline, new CovariateOptions(), request.TestShare, request.Seed);
        var (chosen, verdict) = Choose(stream.Name, alternatives);
        return new ModelComparisonResult(stream.Name, first, last, first.AddDays(trainDays), testDays, counts.Skip(trainDays).Sum(), Rule, alternatives, chosen, verdict,
            ModelDescription, request.Seed, total.Snapshot.Id, window.Note);
    }

    /// <summary>Held-out days (the last share of the span, at least a year) and training days (at least two years).</summary>
    public static (int Test, int Train) Split(int days, double testShare)
    {
        var test = Math.Max(365, (int)Math.Round(days * testShare));
        if (days - test < 730)
        {
            throw new UsageException($"the covered span of {days:N0} days is too short to compare models: at least two years to fit on and a year to score are needed");
        }

        return (test, days - test);
    }

    /// <summary>
    /// Fits every candidate on the training days and scores it on the held-out days; the first candidate is the
    /// reference the gains are measured against.
    /// </summary>
    public static IReadOnlyList<ModelAlternative> Compare(IReadOnlyList<ModelCandidate> candidates, DateOnly first, DateOnly last, Timeline timeline, CovariateOptions options,
        double testShare, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(options);
        var days = last.DayNumber - first.DayNumber + 1;
        var (_, train) = Split(days, testShare);
        var full = DailyCovariates.Build(first, last, timeline, options with { TrendKnots = 0 });
        var scored = candidates.SelectMany(c => Score(c, first, train, full, timeline, options, seed)).ToList();
        var reference = scored[0].Daily;
        return scored.Select((s, n) =>
        {
            if (s.Daily is null || reference is null || n == 0)
            {
                return s.Row;
            }

            var differences = s.Daily.Zip(reference, (a, b) => a - b).ToList();
            var test = DieboldMariano.Test(differences, PairedTestLags);
            var se = test.Statistic is var z && double.IsFinite(z) && z != 0 ? Math.Abs(test.MeanDifference / z) : 0;
            return s.Row with { GainPerDay = test.MeanDifference, GainCi95 = [test.MeanDifference - (1.96 * se), test.MeanDifference + (1.96 * se)], GainPValue = test.PValue };
        }).ToList();
    }

    private static IEnumerable<(ModelAlternative Row, double[]? Daily)> Score(ModelCandidate candidate, DateOnly first, int train, (IReadOnlyList<string> Names, double[][] Columns) full,
        Timeline timeline, CovariateOptions options, int seed)
    {
        var events = candidate.Counts.Select(c => c.Sum()).ToList();
        HawkesData Training(int knots)
        {
            var (names, columns) = DailyCovariates.Build(first, first.AddDays(train - 1), timeline, options with { TrendKnots = knots });
            return HawkesData.FromColumns(candidate.Parts, candidate.Counts.Select(c => c[..train]).ToArray(), names, columns);
        }

        var selection = HawkesModel.SelectTrend(HawkesModel.TrendKnotCandidates(train), Training);
        var (fit, knots) = (selection.Fit, selection.TrendKnots);
        if (!fit.Usable)
        {
            // The background BIC prefers is not identified with standard errors: the next usable one by BIC.
            foreach (var next in selection.Candidates.Where(c => c.Fit is { Usable: true } && c.TrendKnots != knots).OrderBy(c => c.Bic))
            {
                var refit = HawkesModel.Fit(next.Fit!.Data, HawkesFitOptions.Default, next.Fit.Estimates);
                if (refit.Usable)
                {
                    (fit, knots) = (refit, next.TrendKnots);
                    break;
                }
            }
        }

        var row = new ModelAlternative(candidate.Name, candidate.Description, candidate.Parts, events, fit.Usable, fit.Usable ? fit.Describe() : fit.ExitReason.ToString()) { TrendKnots = knots };
        if (!fit.Usable)
        {
            yield return (row with { Fit = $"{fit.ExitReason}: {fit.Describe()}" }, null);
            yield break;
        }

        var data = Extend(fit.Data, candidate.Counts, full);
        var parts = Enumerable.Range(0, candidate.Parts.Count).ToList();
        var daily = HawkesModel.PredictiveLogScores(data, fit.Estimates!, parts, train);
        var ks = HawkesModel.GoodnessOfFitOfTotal(fit.Data, fit.Estimates!, parts, seed);
        var self = parts.Select(i => new BranchingEstimate(candidate.Parts[i], candidate.Parts[i], fit.Branching(i, i).Estimate)).ToList();
        yield return (row with
        {
            LogScore = daily.Sum(),
            TotalKs = new KsRow(string.Join("+", candidate.Parts), Finite(ks.Statistic), Finite(ks.PValue)),
            SelfExcitation = self,
        }, daily);
        if (parts.Count == 1)
        {
            // The same fit with overdispersed days: negative binomial with the model's mean, its size fitted on the training days.
            var (size, nb) = HawkesModel.OverdispersedLogScores(data, fit.Estimates!, 0, train);
            yield return (new ModelAlternative("overdispersed", string.Create(CultureInfo.InvariantCulture, $"the same fit with overdispersed days (negative binomial with the model's daily mean, size {size:0.##} fitted on the training days)"),
                candidate.Parts, events, true, fit.Describe()) { TrendKnots = knots, LogScore = nb.Sum(), SelfExcitation = self }, nb);
        }
    }

    /// <summary>
    /// The fitted data carried over the held-out days: counts as observed; the trend held at its last training value
    /// (a fitted trend is not extrapolated); season and timeline columns as they are on those days.
    /// </summary>
    private static HawkesData Extend(HawkesData fitted, double[][] counts, (IReadOnlyList<string> Names, double[][] Columns) full)
    {
        var train = fitted.T;
        var days = counts[0].Length;
        var columns = fitted.CovariateNames.Select((name, c) =>
        {
            var column = new double[days];
            for (var t = 0; t < train; t++)
            {
                column[t] = fitted.Covariates[t, c];
            }

            var trend = name.StartsWith("trend_", StringComparison.Ordinal);
            var source = !trend && full.Names.ToList().IndexOf(name) is >= 0 and var i ? full.Columns[i] : null;
            for (var t = train; t < days; t++)
            {
                column[t] = trend ? fitted.Covariates[train - 1, c] : source?[t] ?? 0;
            }

            return column;
        }).ToList();
        return HawkesData.FromColumns(fitted.Streams, counts, fitted.CovariateNames, columns);
    }

    /// <summary>
    /// Parts from keyed daily counts: keys with at least <see cref="MinPartEvents"/> training events (at most
    /// <see cref="MaxParts"/>, largest first), the rest as one remainder (the stream's count less the named parts').
    /// Null when fewer than two parts would have enough events.
    /// </summary>
    private static (IReadOnlyList<string> Names, double[][] Counts)? Parts(IEnumerable<(string Key, int Day, double Events)> rows, double[] total, int train, string remainder)
    {
        var byKey = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (key, day, n) in rows)
        {
            if (day >= 0 && day < total.Length)
            {
                if (!byKey.TryGetValue(key, out var c))
                {
                    byKey[key] = c = new double[total.Length];
                }

                c[day] += n;
            }
        }

        var named = byKey.Where(p => Training(p.Value) >= MinPartEvents).OrderByDescending(p => p.Value.Sum()).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxParts).ToList();
        var rest = total.Select((v, t) => Math.Max(0, v - named.Sum(p => p.Value[t]))).ToArray();
        double Training(double[] c) => c.Take(train).Sum();
        var parts = named.Select(p => (p.Key, p.Value)).ToList();
        if (Training(rest) >= MinPartEvents)
        {
            parts.Add((remainder, rest));
        }
        else if (rest.Sum() > 0 && parts.Count > 0)
        {
            // Too few to fit on their own: the remainder joins the smallest named part.
            var (key, values) = parts[^1];
            parts[^1] = ($"{key} and {remainder}", values.Zip(rest, (a, b) => a + b).ToArray());
        }

        return parts.Count >= 2 ? (parts.Select(p => p.Key).ToList(), parts.Select(p => p.Value).ToArray()) : null;
    }

    private static string ViolenceName(ViolenceType v) => v switch
    {
        ViolenceType.StateBased => "state-based",
        ViolenceType.NonState => "non-state",
        _ => "one-sided",
    };

    private static (string Chosen, string Verdict) Choose(string stream, IReadOnlyList<ModelAlternative> alternatives)
    {
        var c = CultureInfo.InvariantCulture;
        var reference = alternatives[0];
        if (!reference.Usable)
        {
            return ("none", $"the model of '{stream}' as one could not be fitted on the training days ({reference.Fit}), so nothing is compared");
        }

        var better = alternatives.Skip(1).Where(a => a.GainPerDay > 0 && a.GainPValue < 0.05).MaxBy(a => a.LogScore);
        var ks = reference.TotalKs is { P: { } p } ? string.Create(c, $" (time-rescaling test on the training days: p = {p:0.###})") : "";
        if (better is null)
        {
            var tried = alternatives.Skip(1).Select(a => a.Usable
                ? string.Create(c, $"{a.Description.Split(" (")[0]}: {a.GainPerDay:+0.000;-0.000;0.000} per day, p {P(a.GainPValue)}")
                : $"{a.Description.Split(" (")[0]}: not fitted ({a.Fit.Split(':')[0]})").ToList();
            return (reference.Name, $"no other model of '{stream}' predicts the held-out days clearly better than the stream modelled as one{ks}"
                + $" ({string.Join("; ", tried)})" + "; keep the one-stream model and read its ratios as approximate where its test rejects");
        }

        var buys = better.TotalKs is { P: { } q } ? string.Create(c, $"; on the training days its time-rescaling test of the total gives p = {q:0.###}") : "";
        return (better.Name, string.Create(c, $"{better.Description.Split(" (")[0]} predicts the held-out days better than '{stream}' modelled as one: {better.GainPerDay:+0.000} in log score per day (95% CI {better.GainCi95![0]:+0.000;-0.000;0.000} to {better.GainCi95[1]:+0.000;-0.000;0.000}, p {P(better.GainPValue)}), {better.LogScore - reference.LogScore:+0.0} in all over the held-out days{ks}{buys}"));
    }

    /// <summary>A p-value after "p": "= 0.0123" or "&lt; 0.0001".</summary>
    public static string P(double? p) => p < 0.0001 ? "< 0.0001" : string.Create(CultureInfo.InvariantCulture, $"= {p:0.####}");

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
