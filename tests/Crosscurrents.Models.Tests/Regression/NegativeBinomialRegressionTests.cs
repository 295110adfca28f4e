using System.Globalization;
using Crosscurrents.Models.Regression;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Regression;

/// <summary>
/// Against R's MASS::glm.nb and sandwich::sandwich on committed fixtures (tools/fixtures/negative_binomial.R), to 4
/// significant digits, and by simulation recovery.
/// </summary>
public sealed class NegativeBinomialRegressionTests
{
    [Fact]
    public void Fit_ReachesTheMaximum_WhereUndampedScoringCycles()
    {
        // The design of `study --stream ttp --kind military_operation --by week` on a store that repeats the shipped GED
        // rows 157 times (weekly TTP counts × 157: mostly zero, otherwise large; θ ≈ 0.26). Undamped Fisher scoring
        // jumped between two points there for ever, and the fit still said it had converged. It must say so only where
        // the score equations Σ x_ij (y_i − μ_i) / (1 + μ_i/θ) = 0 hold.
        var (terms, x, y) = LoadData("ttp_weekly_x157");
        var fit = NegativeBinomialRegression.Fit(terms, x, y);
        Assert.True(fit.Converged);
        var beta = Vector<double>.Build.DenseOfEnumerable(fit.Coefficients.Select(c => c.Estimate));
        var mu = (x * beta).PointwiseExp();
        var residuals = Vector<double>.Build.Dense(y.Count, i => (y[i] - mu[i]) / (1 + (mu[i] / fit.Theta)));
        var score = x.TransposeThisAndMultiply(residuals);
        var scale = x.TransposeThisAndMultiply(residuals.PointwiseAbs()).PointwiseMaximum(x.Column(0).Sum());
        for (var j = 0; j < terms.Length; j++)
        {
            Assert.True(Math.Abs(score[j]) < 1e-6 * scale[j], $"score of {terms[j]}: {score[j]:E2} (scale {scale[j]:E2})");
        }
    }

    [Theory]
    [InlineData("monthly")]
    [InlineData("sparse")]
    [InlineData("ged_ttp_yearly")]
    public void Fit_MatchesR_GlmNbAndSandwich_To4SignificantDigits(string fixture)
    {
        var (terms, x, y) = LoadData(fixture);
        var fit = NegativeBinomialRegression.Fit(terms, x, y);
        Assert.True(fit.Converged);
        foreach (var row in Rows($"{fixture}_coefficients.csv"))
        {
            var term = row["term"] == "(Intercept)" ? "intercept" : row["term"];
            var c = fit[term];
            AssertSignificant(double.Parse(row["estimate"], CultureInfo.InvariantCulture), c.Estimate, $"{term} estimate");
            AssertSignificant(double.Parse(row["std_error"], CultureInfo.InvariantCulture), c.StdError, $"{term} std error");
            AssertSignificant(double.Parse(row["robust_std_error"], CultureInfo.InvariantCulture), c.RobustStdError, $"{term} robust std error");
        }

        var summary = Rows($"{fixture}_summary.csv").Single();
        AssertSignificant(double.Parse(summary["theta"], CultureInfo.InvariantCulture), fit.Theta, "theta");
        AssertSignificant(double.Parse(summary["theta_se"], CultureInfo.InvariantCulture), fit.ThetaStdError, "theta se");
        AssertSignificant(double.Parse(summary["loglik"], CultureInfo.InvariantCulture), fit.LogLikelihood, "log-likelihood");
        AssertSignificant(double.Parse(summary["aic"], CultureInfo.InvariantCulture), fit.Aic, "AIC");
    }

    [Fact]
    public void Fit_RecoversParameters_AndIntervalsCoverAt95Percent_OnSimulatedData()
    {
        // 500 replications of n = 300 with known β and θ: estimates centre on the truth and the 95% intervals (robust
        // and model-based) cover it in 90–99% of replications. (With 200 replications one seed gave 0.885 for the
        // binary covariate, a 4-sigma draw; 500 replications of two other seeds gave 0.94–0.96, as R does.)
        var truth = new[] { 0.8, 0.5, -0.4 };
        const double theta = 3.0;
        var random = new Random(1);
        var covered = new int[truth.Length];
        var coveredModel = new int[truth.Length];
        var mean = new double[truth.Length];
        const int replications = 500;
        for (var r = 0; r < replications; r++)
        {
            const int n = 300;
            var x = Matrix<double>.Build.Dense(n, 3, (i, j) => j switch { 0 => 1, 1 => Normal.Sample(random, 0, 1), _ => random.NextDouble() < 0.4 ? 1 : 0 });
            var y = Vector<double>.Build.Dense(n, i =>
            {
                var mu = Math.Exp((truth[0] * x[i, 0]) + (truth[1] * x[i, 1]) + (truth[2] * x[i, 2]));
                // NB2 as a gamma–Poisson mixture.
                return Poisson.Sample(random, Gamma.Sample(random, theta, theta / mu));
            });
            var fit = NegativeBinomialRegression.Fit(["intercept", "x", "d"], x, y);
            for (var j = 0; j < truth.Length; j++)
            {
                var c = fit.Coefficients[j];
                mean[j] += c.Estimate / replications;
                if (Math.Abs(c.Estimate - truth[j]) <= 1.959964 * c.RobustStdError)
                {
                    covered[j]++;
                }

                if (Math.Abs(c.Estimate - truth[j]) <= 1.959964 * c.StdError)
                {
                    coveredModel[j]++;
                }
            }
        }

        for (var j = 0; j < truth.Length; j++)
        {
            Assert.InRange(mean[j], truth[j] - 0.03, truth[j] + 0.03);
            Assert.InRange(covered[j] / (double)replications, 0.90, 0.99);
            Assert.InRange(coveredModel[j] / (double)replications, 0.90, 0.99);
        }
    }

    [Fact]
    public void Fit_PoissonData_StopsThetaAtItsCeiling_WithFiniteEstimates()
    {
        var random = new Random(8);
        var x = Matrix<double>.Build.Dense(400, 2, (i, j) => j == 0 ? 1 : i % 2);
        var y = Vector<double>.Build.Dense(400, i => Poisson.Sample(random, i % 2 == 0 ? 2.0 : 4.0));
        var fit = NegativeBinomialRegression.Fit(["intercept", "b"], x, y);
        Assert.InRange(fit.Theta, 1, NegativeBinomialRegression.MaxTheta);
        Assert.InRange(fit["b"].RateRatio, 1.7, 2.3);
        Assert.True(double.IsFinite(fit["b"].RobustStdError));
    }

    [Fact]
    public void Fit_RefusesBadInput()
    {
        var x = Matrix<double>.Build.Dense(3, 1, 1.0);
        Assert.Throws<ArgumentException>(() => NegativeBinomialRegression.Fit(["intercept"], x, Vector<double>.Build.DenseOfArray([1, -1, 2])));
        Assert.Throws<ArgumentException>(() => NegativeBinomialRegression.Fit(["intercept"], x, Vector<double>.Build.DenseOfArray([1, 1.5, 2])));
        Assert.Throws<ArgumentException>(() => NegativeBinomialRegression.Fit(["a", "b"], x, Vector<double>.Build.DenseOfArray([1, 1, 2])));
    }

    [Fact]
    public void RateRatio_IsExpOfTheEstimate_WithARobustInterval()
    {
        var c = new RegressionCoefficient("period", 0.5, 0.2, 0.25);
        Assert.Equal(Math.Exp(0.5), c.RateRatio, 12);
        Assert.Equal(Math.Exp(0.5 - (1.959963984540054 * 0.25)), c.RateRatioInterval.Lower, 12);
        Assert.Equal(0.0455, c.RobustPValue, 3);
    }

    private static void AssertSignificant(double expected, double actual, string what)
    {
        var relative = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-12);
        Assert.True(relative < 5e-5, $"{what}: R {expected}, Crosscurrents {actual} (relative difference {relative:E2})");
    }

    private static (string[] Terms, Matrix<double> X, Vector<double> Y) LoadData(string fixture)
    {
        var rows = Rows($"{fixture}_data.csv");
        var covariates = rows[0].Keys.Where(k => k != "y").ToArray();
        var x = Matrix<double>.Build.Dense(rows.Count, covariates.Length + 1, (i, j) => j == 0 ? 1 : double.Parse(rows[i][covariates[j - 1]], CultureInfo.InvariantCulture));
        var y = Vector<double>.Build.Dense(rows.Count, i => double.Parse(rows[i]["y"], CultureInfo.InvariantCulture));
        return ([.. covariates.Prepend("intercept")], x, y);
    }

    private static List<Dictionary<string, string>> Rows(string file) => Internal.FixtureCsv.Rows("Regression", file);
}
