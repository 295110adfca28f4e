namespace Crosscurrents.Models.Hawkes.Internal;

/// <summary>
/// The one place that knows how the parameters lie in the flat vector the optimiser, the likelihood's gradient and the
/// covariance use: K·P background coefficients (stream-major), then the K×K branching ratios (source-major), then the K
/// decays.
/// </summary>
internal readonly record struct Layout(int K, int P)
{
    public int Count => (K * P) + (K * K) + K;

    public int BranchingOffset => K * P;

    public int DecayOffset => (K * P) + (K * K);

    public int Background(int stream, int covariate) => (stream * P) + covariate;

    public int Branching(int from, int to) => BranchingOffset + (from * K) + to;

    public int Decay(int stream) => DecayOffset + stream;

    public bool IsBackground(int i) => i < BranchingOffset;

    public bool IsBranching(int i) => i >= BranchingOffset && i < DecayOffset;

    public bool IsDecay(int i) => i >= DecayOffset;

    public int IndexOf(HawkesParameterId id) => id.Kind switch
    {
        HawkesParameterKind.Background => Background(id.Stream, id.Other),
        HawkesParameterKind.Branching => Branching(id.Stream, id.Other),
        _ => Decay(id.Stream),
    };

    public HawkesParameterId IdAt(int i) => IsBackground(i) ? HawkesParameterId.Background(i / P, i % P)
        : IsBranching(i) ? HawkesParameterId.Branching((i - BranchingOffset) / K, (i - BranchingOffset) % K)
        : HawkesParameterId.Decay(i - DecayOffset);

    public static Layout Of(HawkesData data) => new(data.K, data.P);

    public static Layout Of(HawkesParameters theta) => new(theta.K, theta.P);
}
