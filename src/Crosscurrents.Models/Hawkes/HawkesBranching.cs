namespace Crosscurrents.Models.Hawkes;

/// <summary>A branching ratio with its standard error and 95% Wald interval (lower end floored at 0).</summary>
/// <param name="Estimate">Expected events of the target stream triggered by one event of the source stream.</param>
/// <param name="StdError">Standard error.</param>
/// <param name="Lower">Lower end of the 95% interval.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="AtZero">The estimate sits on the natural bound 0 (no excitation detected; the interval is one-sided).</param>
public readonly record struct HawkesBranching(double Estimate, double StdError, double Lower, double Upper, bool AtZero)
{
    /// <summary>Same as <see cref="AtZero"/>.</summary>
    public bool AtBound => AtZero;
}
