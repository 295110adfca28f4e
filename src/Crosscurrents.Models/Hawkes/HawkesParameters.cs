using Crosscurrents.Models.Hawkes.Internal;

namespace Crosscurrents.Models.Hawkes;

/// <summary>Parameters of the multivariate Hawkes model (see <see cref="HawkesModel"/>), by stream index.</summary>
/// <remarks>
/// Streams are numbered as in <see cref="HawkesData.Streams"/> and covariates as in <see cref="HawkesData.CovariateNames"/>;
/// <see cref="HawkesFit"/> offers the same values by name. One parameter is named by a <see cref="HawkesParameterId"/>;
/// <see cref="Ids"/> lists them all.
/// </remarks>
/// <param name="Gamma">Gamma[k][c]: background log-rate coefficient of covariate c for stream k.</param>
/// <param name="Alpha">Alpha[j, k]: branching ratio, the expected number of stream-k events one stream-j event triggers (same day included).</param>
/// <param name="Omega">Omega[j]: decay rate per day of the exponential kernel of stream j (half-life ln 2 / ω).</param>
public sealed record HawkesParameters(double[][] Gamma, double[,] Alpha, double[] Omega)
{
    /// <summary>Number of streams.</summary>
    public int K => Omega.Length;

    /// <summary>Number of background covariates per stream.</summary>
    public int P => Gamma[0].Length;

    /// <summary>Number of parameters: K·P background coefficients, K² branching ratios and K decays.</summary>
    public int Count => Layout.Count;

    /// <summary>The background coefficients of one stream.</summary>
    public IReadOnlyList<double> Background(int stream) => Gamma[stream];

    /// <summary>The branching ratio from stream <paramref name="from"/> to stream <paramref name="to"/>.</summary>
    public double Branching(int from, int to) => Alpha[from, to];

    /// <summary>The half-life ln 2 / ω of the excitation from a stream, in days.</summary>
    public double HalfLifeDays(int stream) => Math.Log(2) / Omega[stream];

    /// <summary>The value of one parameter.</summary>
    public double this[HawkesParameterId id] => id.Kind switch
    {
        HawkesParameterKind.Background => Gamma[id.Stream][id.Other],
        HawkesParameterKind.Branching => Alpha[id.Stream, id.Other],
        _ => Omega[id.Stream],
    };

    /// <summary>A copy with one parameter changed.</summary>
    public HawkesParameters With(HawkesParameterId id, double value)
    {
        var gamma = Gamma.Select(g => (double[])g.Clone()).ToArray();
        var alpha = (double[,])Alpha.Clone();
        var omega = (double[])Omega.Clone();
        switch (id.Kind)
        {
            case HawkesParameterKind.Background:
                gamma[id.Stream][id.Other] = value;
                break;
            case HawkesParameterKind.Branching:
                alpha[id.Stream, id.Other] = value;
                break;
            default:
                omega[id.Stream] = value;
                break;
        }

        return new HawkesParameters(gamma, alpha, omega);
    }

    /// <summary>Every parameter: the background coefficients stream by stream, the branching ratios source by source, the decays.</summary>
    public IReadOnlyList<HawkesParameterId> Ids()
    {
        var layout = Layout;
        return Enumerable.Range(0, layout.Count).Select(layout.IdAt).ToList();
    }

    private Layout Layout => new(K, P);

    /// <summary>The flat vector in <see cref="Internal.Layout"/> order, for the optimiser.</summary>
    internal double[] Pack()
    {
        var v = new List<double>();
        foreach (var g in Gamma)
        {
            v.AddRange(g);
        }

        for (var j = 0; j < K; j++)
        {
            for (var k = 0; k < K; k++)
            {
                v.Add(Alpha[j, k]);
            }
        }

        v.AddRange(Omega);
        return [.. v];
    }

    /// <summary>The inverse of <see cref="Pack"/>.</summary>
    internal static HawkesParameters Unpack(IReadOnlyList<double> v, int k, int p)
    {
        var layout = new Layout(k, p);
        var gamma = Enumerable.Range(0, k).Select(s => Enumerable.Range(0, p).Select(c => v[layout.Background(s, c)]).ToArray()).ToArray();
        var alpha = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                alpha[j, i] = v[layout.Branching(j, i)];
            }
        }

        var omega = Enumerable.Range(0, k).Select(j => v[layout.Decay(j)]).ToArray();
        return new HawkesParameters(gamma, alpha, omega);
    }
}
