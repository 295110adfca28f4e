using Crosscurrents.Models.Hawkes.Internal;
using MathNet.Numerics;

namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>Most events a day's predictive distribution is computed for; a larger observed total scores as if it were this large.</summary>
    public const int MaxScoredCount = 2_000;

    /// <summary>
    /// One-day-ahead predictive log scores of the total of <paramref name="streams"/>: for each day from
    /// <paramref name="fromDay"/>, ln P(Σ_i y_i(d) = observed | days before d), the parameters held fixed.
    /// </summary>
    /// <remarks>
    /// Given the days before, stream i's count is generalised Poisson with θ_i = μ_i + Σ_j α_ji h_j S_j(d) (the background
    /// and offspring of earlier days) and λ_i = α_ii c₀_i. The model's same-day offspring of other streams' events of the
    /// day depend on those events, which are not known before the day; they are left out, and the streams are taken as
    /// independent within the day, so the total's distribution is the convolution of theirs. For one stream this is the
    /// exact one-step predictive of the model; for several it leaves out the same-day cross terms (a model that splits
    /// a stream is scored slightly against itself). The ln y! terms are included, so scores of models of different
    /// streams of the same total compare.
    /// </remarks>
    /// <param name="data">Counts and covariates over the whole span (the scored days included).</param>
    /// <param name="theta">The parameters, estimated on the days before <paramref name="fromDay"/> or on any other days.</param>
    /// <param name="streams">Indexes of the streams whose total is scored.</param>
    /// <param name="fromDay">First day scored.</param>
    public static double[] PredictiveLogScores(HawkesData data, HawkesParameters theta, IReadOnlyList<int> streams, int fromDay)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentOutOfRangeException.ThrowIfNegative(fromDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromDay, data.T);
        if (streams.Count == 0 || streams.Any(i => i < 0 || i >= data.K))
        {
            throw new ArgumentException($"give stream indexes from 0 to {data.K - 1}", nameof(streams));
        }

        var (past, cascade) = new Likelihood(data).PastOnly(theta);
        var scores = new double[data.T - fromDay];
        var pmf = new double[streams.Count][];
        for (var day = fromDay; day < data.T; day++)
        {
            var total = (int)Math.Min(MaxScoredCount, streams.Sum(i => data.Counts[i][day]));
            for (var s = 0; s < streams.Count; s++)
            {
                pmf[s] = GeneralisedPoisson(past[streams[s]][day], cascade[streams[s]], total);
            }

            var sum = pmf[0];
            for (var s = 1; s < streams.Count; s++)
            {
                var next = new double[total + 1];
                for (var a = 0; a <= total; a++)
                {
                    for (var b = 0; a + b <= total; b++)
                    {
                        next[a + b] += sum[a] * pmf[s][b];
                    }
                }

                sum = next;
            }

            scores[day - fromDay] = Math.Log(Math.Max(sum[total], double.Epsilon));
        }

        return scores;
    }

    /// <summary>P(Y = 0..<paramref name="max"/>) for the generalised Poisson θ (θ + λy)^{y−1} e^{−θ−λy} / y!, 0 ≤ λ &lt; 1.</summary>
    public static double[] GeneralisedPoisson(double theta, double lambda, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var p = new double[max + 1];
        if (!(theta > 0))
        {
            p[0] = 1;
            return p;
        }

        var logFactorial = 0.0;
        for (var y = 0; y <= max; y++)
        {
            if (y > 0)
            {
                logFactorial += Math.Log(y);
            }

            p[y] = Math.Exp(Math.Log(theta) + ((y - 1) * Math.Log(theta + (lambda * y))) - theta - (lambda * y) - logFactorial);
        }

        return p;
    }

    /// <summary>
    /// The time-rescaling test of the total of <paramref name="streams"/>: the streams' daily compensators are added up
    /// and the total's events rescaled by them, as <see cref="GoodnessOfFit(HawkesData, HawkesParameters, int)"/> does for one stream.
    /// </summary>
    public static KolmogorovSmirnovTest GoodnessOfFitOfTotal(HawkesData data, HawkesParameters theta, IReadOnlyList<int> streams, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(streams);
        var (_, _, _, compensator) = new Likelihood(data).PerDay(theta);
        var counts = new double[data.T];
        var total = new double[data.T];
        for (var day = 0; day < data.T; day++)
        {
            foreach (var i in streams)
            {
                counts[day] += data.Counts[i][day];
                total[day] += compensator[i][day];
            }
        }

        var residuals = Rescaled(counts, total, new Random(seed));
        return residuals.Length == 0 ? new KolmogorovSmirnovTest(double.NaN, double.NaN) : KolmogorovSmirnov(residuals);
    }

    /// <summary>
    /// One-day-ahead log scores of stream <paramref name="stream"/> from day <paramref name="fromDay"/> with a negative
    /// binomial in place of the generalised Poisson: the same predictive mean θ/(1 − λ) (θ from the days before, as in
    /// <see cref="PredictiveLogScores"/>) and a size r fitted by maximum likelihood on the days before
    /// <paramref name="fromDay"/> (variance m + m²/r). Returns r and the scores.
    /// </summary>
    public static (double Size, double[] Scores) OverdispersedLogScores(HawkesData data, HawkesParameters theta, int stream, int fromDay)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentOutOfRangeException.ThrowIfNegative(stream);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(stream, data.K);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromDay, data.T);
        var (past, cascade) = new Likelihood(data).PastOnly(theta);
        var mean = past[stream].Select(t => t / (1 - cascade[stream])).ToArray();
        var y = data.Counts[stream];
        double LogLik(double r, int from, int to)
        {
            var ll = 0.0;
            for (var d = from; d < to; d++)
            {
                ll += NegativeBinomialLogPmf(y[d], mean[d], r);
            }

            return ll;
        }

        // Golden-section search on ln r over [ln 0.01, ln 1e4]: the likelihood in r is unimodal for a fixed mean.
        double lo = Math.Log(0.01), hi = Math.Log(1e4);
        var g = (Math.Sqrt(5) - 1) / 2;
        for (var iteration = 0; iteration < 100 && hi - lo > 1e-6; iteration++)
        {
            var a = hi - (g * (hi - lo));
            var b = lo + (g * (hi - lo));
            if (LogLik(Math.Exp(a), 0, fromDay) > LogLik(Math.Exp(b), 0, fromDay))
            {
                hi = b;
            }
            else
            {
                lo = a;
            }
        }

        var size = Math.Exp((lo + hi) / 2);
        return (size, Enumerable.Range(fromDay, data.T - fromDay).Select(d => NegativeBinomialLogPmf(y[d], mean[d], size)).ToArray());
    }

    /// <summary>ln P(y) of the negative binomial with mean <paramref name="mean"/> and size <paramref name="size"/>.</summary>
    public static double NegativeBinomialLogPmf(double y, double mean, double size) =>
        SpecialFunctions.GammaLn(y + size) - SpecialFunctions.GammaLn(size) - SpecialFunctions.GammaLn(y + 1)
        + (size * Math.Log(size / (size + mean))) + (y > 0 ? y * Math.Log(mean / (size + mean)) : 0);
}
