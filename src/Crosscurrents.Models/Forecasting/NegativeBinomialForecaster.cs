using Crosscurrents.Models.Forecasting.Internal;
using Crosscurrents.Models.Regression;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// Negative-binomial regression of a month's count on its own lags, a trend and the season, simulated forward month by
/// month.
/// </summary>
/// <remarks>
/// Model: y_t ~ NB2(μ_t, θ), log μ_t = β₀ + β₁ log(1 + y_{t−1}) + β₂ log(1 + ȳ_{t−12..t−1}) [+ β₃ (t − T)/12]
/// [+ β₄ sin(2π m_t/12) + β₅ cos(2π m_t/12)], T the origin and m_t the calendar month, the trend and season terms
/// optional (off by default: on the shipped data they made the backtest worse); fitted by
/// <see cref="NegativeBinomialRegression"/> on the last <see cref="NegativeBinomialForecastOptions.TrainingMonths"/>
/// months where y_t and y_{t−1} are covered and at least 6 of the 12 lagged months are (ȳ is their mean): missing months
/// are left out, never read as zero. Columns constant over the rows used are dropped (a unit with no events in the lags).
/// Forecasting: each path draws β from N(β̂, Σ̂) (the model-based covariance; θ is held at its estimate), then draws
/// y_{T+1}, y_{T+2}, … from the NB in turn, the drawn counts feeding the lags of the next month. Parameter and
/// count uncertainty are both in the intervals; uncertainty about θ and about the model itself are not.
/// When too few months are usable, or the fit fails, it falls back on the historical-mean baseline over the training
/// window.
/// </remarks>
public sealed class NegativeBinomialForecaster(NegativeBinomialForecastOptions? options = null) : IForecastModel
{
    private const int LagWindow = 12;
    private const int MinimumLagMonths = 6;
    private readonly NegativeBinomialForecastOptions _options = Validated(options ?? new NegativeBinomialForecastOptions());

    public string Name => "nb";

    public bool IsBaseline => false;

    /// <summary>The options in use.</summary>
    public NegativeBinomialForecastOptions Options => _options;

    public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        Baseline.Validate(horizons, samples);
        var origin = history.Count - 1;
        var y = history.Values;
        var firstRow = Math.Max(1, origin - _options.TrainingMonths + 1);
        var rows = new List<int>();
        for (var t = firstRow; t <= origin; t++)
        {
            if (!double.IsNaN(y[t]) && !double.IsNaN(y[t - 1]) && LagMean(y, t) is not null)
            {
                rows.Add(t);
            }
        }

        if (rows.Count < _options.MinimumRows)
        {
            return Fallback(history, horizons, samples, seed, $"{rows.Count} usable months, fewer than {_options.MinimumRows}");
        }

        if (rows.All(t => y[t] == 0))
        {
            // No events in the training window: the likelihood has no maximum (log μ → −∞); the historical mean is 0.
            return Fallback(history, horizons, samples, seed, "no events in the training window");
        }

        var season = _options.Season && rows.Count >= _options.SeasonRows;
        var allTerms = new List<string> { "intercept", "lag1", "lag12", "trend", "sin", "cos" };
        double[] Features(double lag1, double lagMean, int t)
        {
            var month = history.Month(0).AddMonths(t).Month;
            return [1, Math.Log(1 + lag1), Math.Log(1 + lagMean), (t - origin) / 12.0, Math.Sin(2 * Math.PI * month / 12), Math.Cos(2 * Math.PI * month / 12)];
        }

        var full = rows.Select(t => Features(y[t - 1], LagMean(y, t)!.Value, t)).ToArray();
        var keep = Enumerable.Range(0, allTerms.Count).Where(j =>
            j == 0 || ((j != 3 || _options.Trend) && (j < 4 || season) && full.Any(r => r[j] != full[0][j]))).ToArray();
        var x = Matrix<double>.Build.Dense(rows.Count, keep.Length, (i, j) => full[i][keep[j]]);
        var response = Vector<double>.Build.Dense(rows.Select(t => y[t]).ToArray());
        NegativeBinomialFit fit;
        Matrix<double> cholesky;
        try
        {
            fit = NegativeBinomialRegression.Fit(keep.Select(j => allTerms[j]).ToList(), x, response);
            if (fit.Coefficients.Any(c => !double.IsFinite(c.Estimate)) || !double.IsFinite(fit.Theta))
            {
                return Fallback(history, horizons, samples, seed, "the regression did not give finite estimates");
            }

            cholesky = Matrix<double>.Build.DenseOfArray(fit.Covariance).Cholesky().Factor;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return Fallback(history, horizons, samples, seed, $"the regression failed ({ex.Message})");
        }

        var beta = fit.Coefficients.Select(c => c.Estimate).ToArray();
        var theta = fit.Theta;
        var cap = _options.MeanCap * (1 + rows.Max(t => y[t]));
        var random = new Random(seed);
        var result = Enumerable.Range(0, horizons).Select(_ => new double[samples]).ToArray();
        var path = new double[origin + 1 + horizons];
        for (var t = 0; t <= origin; t++)
        {
            path[t] = y[t];
        }

        var b = new double[beta.Length];
        var z = new double[beta.Length];
        for (var j = 0; j < samples; j++)
        {
            for (var k = 0; k < b.Length; k++)
            {
                z[k] = _options.DrawParameters ? Normal.Sample(random, 0, 1) : 0;
            }

            for (var k = 0; k < b.Length; k++)
            {
                var s = beta[k];
                for (var l = 0; l <= k; l++)
                {
                    s += cholesky[k, l] * z[l];
                }

                b[k] = s;
            }

            for (var h = 1; h <= horizons; h++)
            {
                var t = origin + h;
                var f = Features(path[t - 1], LagMean(path, t) ?? 0, t);
                var eta = 0.0;
                for (var k = 0; k < keep.Length; k++)
                {
                    eta += b[k] * f[keep[k]];
                }

                var mu = Math.Min(Math.Exp(eta), cap);
                path[t] = Sampling.NegativeBinomial(random, mu, theta);
                result[h - 1][j] = path[t];
            }
        }

        return new ForecastDistribution(Name, history.Month(origin), result);
    }

    /// <summary>The mean of the covered months among t−12..t−1, or null when fewer than 6 are covered.</summary>
    private static double? LagMean(IReadOnlyList<double> y, int t)
    {
        double sum = 0;
        var n = 0;
        for (var s = Math.Max(0, t - LagWindow); s < t; s++)
        {
            if (!double.IsNaN(y[s]))
            {
                sum += y[s];
                n++;
            }
        }

        return n >= MinimumLagMonths ? sum / n : null;
    }

    private ForecastDistribution Fallback(MonthlySeries history, int horizons, int samples, int seed, string reason)
    {
        _ = reason; // kept in the call sites to say why; the forecast itself is the historical mean's
        var forecast = new HistoricalMeanBaseline(new HistoricalMeanOptions(_options.TrainingMonths)).Forecast(history, horizons, samples, seed);
        return forecast with { Model = Name };
    }

    private static NegativeBinomialForecastOptions Validated(NegativeBinomialForecastOptions options)
    {
        options.Validate();
        return options;
    }
}
