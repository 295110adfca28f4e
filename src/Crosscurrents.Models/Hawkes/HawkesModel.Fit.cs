using System.Globalization;
using Crosscurrents.Models.Hawkes.Internal;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>
    /// Maximum-likelihood fit with analytic gradients (box-constrained BFGS over γ, α ≥ 0 and ln ω, from several starts); standard
    /// errors from the observed information (the Hessian of −log L from central differences of the analytic gradient).
    /// The result says how the fit ended (<see cref="HawkesFit.ExitReason"/>); only a converged fit has usable estimates.
    /// </summary>
    /// <remarks>
    /// Before fitting, background indicators (0/1 columns) that are 1, or 0, on fewer than
    /// <see cref="HawkesFitOptions.MinIndicatorDays"/> days are left out: they cannot be estimated and only slow the
    /// search. An indicator on whose days a stream has no events has the maximum-likelihood rate ratio 0 for that
    /// stream; it is held there (γ at its lower bound) and reported as not estimable; with fewer than
    /// <see cref="HawkesFitOptions.MinIndicatorEvents"/> events on (or off) its days it is held at rate ratio 1 for that
    /// stream (it would only be estimated from a handful of events and can make the information singular). The decay of a stream that
    /// excites nothing (all its branching ratios at 0) is not identified; it is held fixed and its half-life reported
    /// as not identified. Each is listed in <see cref="HawkesFit.Notes"/>.
    /// </remarks>
    /// <param name="data">Counts and covariates.</param>
    /// <param name="options">Search options (default <see cref="HawkesFitOptions.Default"/>).</param>
    /// <param name="start">An extra starting point, tried first (for example the estimate a bootstrap refits from).</param>
    public static HawkesFit Fit(HawkesData data, HawkesFitOptions? options = null, HawkesParameters? start = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        options ??= HawkesFitOptions.Default;
        options.Validate();
        var notes = new List<string>();
        var reduced = WithoutSparseIndicators(data, options, notes);
        if (start is not null && start.P != reduced.P)
        {
            start = null; // columns were left out: the caller's start no longer lines up
        }

        var basis = Basis.For(reduced);
        start = start is null ? null : basis.ToWork(start);
        var likelihood = new Likelihood(basis.Work);
        var problem = new Problem(likelihood, options, basis);
        problem.FixEmptyIndicators(notes);

        var starts = new List<HawkesParameters>();
        if (start is not null)
        {
            starts.Add(start);
        }

        starts.AddRange(options.StartPoints.Take(Math.Max(0, options.Starts - starts.Count)).Select(s => Start(basis.Work, s)));
        var runs = starts.Select(problem.Minimise).ToList();
        var best = runs.Where(r => r.Reason == HawkesExitReason.Converged).MaxBy(r => r.LogLikelihood)
            ?? runs.Where(r => double.IsFinite(r.LogLikelihood)).MaxBy(r => r.LogLikelihood) ?? runs[0];
        var iterations = runs.Sum(r => r.Iterations);
        return problem.Finish(best, iterations, runs.Count, notes);
    }

    /// <summary>Leaves out 0/1 columns that are 1 (or 0) on fewer than the minimum number of days, and constant columns after the first.</summary>
    private static HawkesData WithoutSparseIndicators(HawkesData data, HawkesFitOptions options, List<string> notes)
    {
        var keep = new List<int>();
        var sawConstant = false;
        for (var c = 0; c < data.P; c++)
        {
            var column = data.Covariates.Column(c);
            var constant = column.All(v => v == column[0]);
            if (constant)
            {
                if (sawConstant)
                {
                    notes.Add($"left out '{data.CovariateNames[c]}': constant over the span");
                    continue;
                }

                sawConstant = true;
                keep.Add(c);
                continue;
            }

            if (column.All(v => v is 0 or 1))
            {
                var ones = column.Count(v => v == 1);
                var fewest = Math.Min(ones, data.T - ones);
                if (fewest < options.MinIndicatorDays)
                {
                    notes.Add(string.Create(C, $"left out '{data.CovariateNames[c]}': it covers {(ones == fewest ? ones : data.T - ones)} {(ones == fewest ? "days" : "days fewer than the whole span")} (fewer than {options.MinIndicatorDays})"));
                    continue;
                }
            }

            keep.Add(c);
        }

        return keep.Count == data.P ? data : data with
        {
            CovariateNames = keep.Select(c => data.CovariateNames[c]).ToList(),
            Covariates = Matrix<double>.Build.Dense(data.T, keep.Count, (t, i) => data.Covariates[t, keep[i]]),
        };
    }

    /// <summary>A starting point on the work data: the intercept at a share of each stream's mean, the same excitation everywhere.</summary>
    private static HawkesParameters Start(HawkesData data, HawkesStart start)
    {
        var intercept = Enumerable.Range(0, data.P).FirstOrDefault(c => data.Covariates.Column(c).All(v => v == data.Covariates[0, c]), -1);
        var gamma = data.Counts.Select(counts =>
        {
            var g = new double[data.P];
            if (intercept >= 0 && data.Covariates[0, intercept] != 0)
            {
                g[intercept] = Math.Log(Math.Max(counts.Average() * start.BackgroundShare, 1e-4)) / data.Covariates[0, intercept];
            }

            return g;
        }).ToArray();
        var alpha = new double[data.K, data.K];
        for (var j = 0; j < data.K; j++)
        {
            for (var i = 0; i < data.K; i++)
            {
                alpha[j, i] = j == i ? start.SelfBranching : start.CrossBranching;
            }
        }

        return new HawkesParameters(gamma, alpha, Enumerable.Repeat(Math.Log(2) / start.HalfLifeDays, data.K).ToArray());
    }

    private static double SpectralRadius(double[,] alpha)
    {
        var m = Matrix<double>.Build.DenseOfArray(alpha);
        return m.Evd().EigenValues.Max(e => e.Magnitude);
    }

    /// <summary>
    /// Share of each stream's events attributed to excitation rather than background: of a day's expected θ/(1 − λ)
    /// events, μ/(θ/(1 − λ)) are background; Σ_d y (1 − μ(1 − λ)/θ) / Σ y.
    /// </summary>
    private static double[] TriggeredShares(Likelihood likelihood, HawkesParameters theta)
    {
        var (background, immigrants, cascade, _) = likelihood.PerDay(theta);
        var counts = likelihood.Data.Counts;
        return Enumerable.Range(0, theta.K).Select(i =>
        {
            var total = counts[i].Sum();
            var triggered = Enumerable.Range(0, counts[i].Length).Where(d => counts[i][d] > 0)
                .Sum(d => counts[i][d] * (1 - (background[i][d] * (1 - cascade[i]) / immigrants[i][d])));
            return total > 0 ? triggered / total : 0;
        }).ToArray();
    }
}
