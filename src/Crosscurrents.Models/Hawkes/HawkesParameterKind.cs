namespace Crosscurrents.Models.Hawkes;

/// <summary>The three families of parameters of the <see cref="HawkesModel"/>.</summary>
public enum HawkesParameterKind
{
    /// <summary>γ_kc: a background log-rate coefficient of covariate c for stream k.</summary>
    Background,

    /// <summary>α_jk: the branching ratio from stream j to stream k.</summary>
    Branching,

    /// <summary>ω_j: the decay rate per day of the kernel of stream j (half-life ln 2 / ω_j).</summary>
    Decay,
}
