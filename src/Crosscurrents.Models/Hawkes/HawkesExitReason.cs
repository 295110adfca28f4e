namespace Crosscurrents.Models.Hawkes;

/// <summary>How a Hawkes fit ended. Only <see cref="Converged"/> gives usable estimates.</summary>
public enum HawkesExitReason
{
    /// <summary>The projected gradient fell below the tolerance and the observed information is positive definite.</summary>
    Converged,

    /// <summary>The optimiser used all its iterations from every start without converging.</summary>
    IterationLimit,

    /// <summary>The optimum lies on a search bound (a half-life, branching ratio or background coefficient at its limit).</summary>
    AtBound,

    /// <summary>Converged, but the observed information is singular or not positive definite: some parameter is not identified.</summary>
    SingularInformation,

    /// <summary>The line search could not make progress, and restarting did not help.</summary>
    LineSearchFailure,

    /// <summary>The likelihood or its gradient became infinite or undefined.</summary>
    InvalidValues,
}
