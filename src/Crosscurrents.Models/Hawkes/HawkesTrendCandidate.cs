namespace Crosscurrents.Models.Hawkes;

/// <summary>One candidate background.</summary>
/// <remarks>Its branching matrix is indexed [from, to] by the streams of <see cref="HawkesTrendSelection.Fit"/>.</remarks>
/// <param name="TrendKnots">Number of trend knots.</param>
/// <param name="Bic">Its BIC.</param>
/// <param name="Aic">Its AIC.</param>
/// <param name="ExitReason">How its fit ended.</param>
/// <param name="Branching">Its branching matrix, when the fit was usable.</param>
public sealed record HawkesTrendCandidate(int TrendKnots, double Bic, double Aic, HawkesExitReason ExitReason, double[,]? Branching)
{
    /// <summary>The candidate's fit, without standard errors (null when the candidate was not built by <see cref="HawkesModel.SelectTrend"/>).</summary>
    /// <remarks>Refit it from its estimates with standard errors to read intervals: <c>HawkesModel.Fit(c.Fit.Data, options, c.Fit.Estimates)</c>.</remarks>
    public HawkesFit? Fit { get; init; }
}
