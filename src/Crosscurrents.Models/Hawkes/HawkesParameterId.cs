namespace Crosscurrents.Models.Hawkes;

/// <summary>
/// Names one parameter of a <see cref="HawkesParameters"/>: which family, which stream, and which covariate or target
/// stream. Use it to read a parameter (<see cref="HawkesParameters.this[HawkesParameterId]"/>), change one
/// (<see cref="HawkesParameters.With"/>) or look up its estimate (<see cref="HawkesFit.Parameter(HawkesParameterId)"/>);
/// the order of the parameters inside the model is not part of the API.
/// </summary>
/// <param name="Kind">The family.</param>
/// <param name="Stream">The stream the parameter belongs to: the stream of the background, the source of a branching ratio, the stream whose kernel decays.</param>
/// <param name="Other">The covariate column of a background coefficient, the target stream of a branching ratio; 0 for a decay.</param>
public readonly record struct HawkesParameterId(HawkesParameterKind Kind, int Stream, int Other)
{
    /// <summary>γ: the background coefficient of covariate column <paramref name="covariate"/> for <paramref name="stream"/>.</summary>
    public static HawkesParameterId Background(int stream, int covariate) => new(HawkesParameterKind.Background, stream, covariate);

    /// <summary>α: the branching ratio from stream <paramref name="from"/> to stream <paramref name="to"/>.</summary>
    public static HawkesParameterId Branching(int from, int to) => new(HawkesParameterKind.Branching, from, to);

    /// <summary>ω: the decay rate of the kernel of <paramref name="stream"/>.</summary>
    public static HawkesParameterId Decay(int stream) => new(HawkesParameterKind.Decay, stream, 0);
}
