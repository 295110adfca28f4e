namespace Crosscurrents.Models.Regression;

/// <summary>A fitted negative-binomial regression.</summary>
/// <param name="Coefficients">Estimates with model-based and robust standard errors.</param>
/// <param name="Theta">The dispersion θ (Var = μ + μ²/θ); large θ means close to Poisson.</param>
/// <param name="ThetaStdError">Standard error of θ from its observed information.</param>
/// <param name="LogLikelihood">Maximised log-likelihood.</param>
/// <param name="Aic">−2 log L + 2 (p + 1).</param>
/// <param name="Observations">n.</param>
/// <param name="Iterations">Outer (β, θ) iterations.</param>
/// <param name="Converged">Whether the alternation settled.</param>
/// <param name="Covariance">Model-based covariance of the coefficients.</param>
/// <param name="RobustCovariance">Sandwich (HC0) covariance.</param>
public sealed record NegativeBinomialFit(
    IReadOnlyList<RegressionCoefficient> Coefficients,
    double Theta,
    double ThetaStdError,
    double LogLikelihood,
    double Aic,
    int Observations,
    int Iterations,
    bool Converged,
    double[,] Covariance,
    double[,] RobustCovariance)
{
    public RegressionCoefficient this[string term] => Coefficients.First(c => c.Term == term);
}

/// <summary>One coefficient: estimate, standard errors, and the rate ratio exp(β) with a 95% Wald interval.</summary>
public sealed record RegressionCoefficient(string Term, double Estimate, double StdError, double RobustStdError)
{
    private const double Z95 = 1.959963984540054;

    public double RateRatio => Math.Exp(Estimate);

    /// <summary>95% interval of the rate ratio from the robust standard error.</summary>
    public (double Lower, double Upper) RateRatioInterval => (Math.Exp(Estimate - (Z95 * RobustStdError)), Math.Exp(Estimate + (Z95 * RobustStdError)));

    /// <summary>Two-sided p-value of the robust Wald test of β = 0.</summary>
    public double RobustPValue => 2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, Math.Abs(Estimate / RobustStdError)));
}
