namespace Crosscurrents.Models.Hawkes;

/// <summary>A starting point of the search, in words a user can choose (see <see cref="HawkesFitOptions.StartPoints"/>).</summary>
/// <remarks>
/// Every stream starts with the same excitation: the intercept is set so the background gives
/// <paramref name="BackgroundShare"/> of the stream's mean daily count (at least 10⁻⁴), every other background
/// coefficient is 0, self-excitation is <paramref name="SelfBranching"/>, cross-excitation
/// <paramref name="CrossBranching"/>, and every kernel has the half-life <paramref name="HalfLifeDays"/>.
/// </remarks>
/// <param name="BackgroundShare">Share of the mean count the background starts with (0 to 1].</param>
/// <param name="SelfBranching">Starting branching ratio of each stream onto itself (≥ 0).</param>
/// <param name="CrossBranching">Starting branching ratio between two different streams (≥ 0).</param>
/// <param name="HalfLifeDays">Starting half-life of every kernel, in days (&gt; 0).</param>
public sealed record HawkesStart(double BackgroundShare, double SelfBranching, double CrossBranching, double HalfLifeDays);
