using Crosscurrents.Models.Hawkes;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Tests.Hawkes;

/// <summary>The one-day-ahead predictive scores: a proper distribution, the model's own likelihood for one stream, the
/// Poisson sum for independent streams without excitation, and the negative binomial against MathNet's.</summary>
public sealed class HawkesPredictionTests
{
    private static HawkesData Data(double[][] counts) =>
        HawkesData.FromColumns(counts.Select((_, i) => $"s{i}").ToList(), counts, ["intercept"], [Enumerable.Repeat(1.0, counts[0].Length).ToArray()]);

    private static double[] Counts(Random random, int days, double mean) => Enumerable.Range(0, days).Select(_ => (double)Poisson.Sample(random, mean)).ToArray();

    [Fact]
    public void GeneralisedPoisson_SumsToOne_WithMeanThetaOverOneMinusLambda()
    {
        var p = HawkesModel.GeneralisedPoisson(2.0, 0.3, 400);
        Assert.Equal(1, p.Sum(), 10);
        Assert.Equal(2.0 / 0.7, p.Select((v, y) => v * y).Sum(), 8);
    }

    [Fact]
    public void PredictiveLogScores_OfOneStream_AddUpToItsLogLikelihood()
    {
        var random = new Random(3);
        var data = Data([Counts(random, 400, 1.5)]);
        var theta = new HawkesParameters([[Math.Log(0.8)]], new double[,] { { 0.4 } }, [0.5]);
        var scores = HawkesModel.PredictiveLogScores(data, theta, [0], 0);
        var logFactorials = data.Counts[0].Sum(y => SpecialFunctions.GammaLn(y + 1));
        Assert.Equal(HawkesModel.LogLikelihood(data, theta) - logFactorials, scores.Sum(), 8);
        Assert.Equal(scores[100..].Sum(), HawkesModel.PredictiveLogScores(data, theta, [0], 100).Sum(), 10);
    }

    [Fact]
    public void PredictiveLogScores_OfTwoStreamsWithoutExcitation_AreThePoissonOfTheirSum()
    {
        var random = new Random(5);
        var data = Data([Counts(random, 300, 1.2), Counts(random, 300, 0.4)]);
        var theta = new HawkesParameters([[Math.Log(1.2)], [Math.Log(0.4)]], new double[2, 2], [1, 1]);
        var scores = HawkesModel.PredictiveLogScores(data, theta, [0, 1], 0);
        for (var d = 0; d < 300; d++)
        {
            Assert.Equal(Poisson.PMFLn(1.6, (int)(data.Counts[0][d] + data.Counts[1][d])), scores[d], 9);
        }
    }

    [Theory]
    [InlineData(0, 2.5, 1.3)]
    [InlineData(4, 2.5, 1.3)]
    [InlineData(17, 6.0, 0.4)]
    public void NegativeBinomialLogPmf_EqualsMathNets(int y, double mean, double size)
    {
        // MathNet's NegativeBinomial(r, p) counts failures before the r-th success with success probability p = r / (r + m).
        Assert.Equal(NegativeBinomial.PMFLn(size, size / (size + mean), y), HawkesModel.NegativeBinomialLogPmf(y, mean, size), 10);
    }

    [Fact]
    public void OverdispersedLogScores_RecoverTheSizeOfNegativeBinomialDays()
    {
        var random = new Random(11);
        // A gamma–Poisson mixture: days with rates Gamma(shape 2, mean 3) give negative binomial counts of mean 3 and size 2.
        var counts = Enumerable.Range(0, 6000).Select(_ => (double)Poisson.Sample(random, Gamma.Sample(random, 2.0, 2.0 / 3.0))).ToArray();
        var data = Data([counts]);
        var theta = new HawkesParameters([[Math.Log(3)]], new double[1, 1], [1]);
        var (size, scores) = HawkesModel.OverdispersedLogScores(data, theta, 0, 5000);
        Assert.True(size is > 1.7 and < 2.3, $"size {size}");
        Assert.Equal(1000, scores.Length);
        Assert.True(scores.Sum() > HawkesModel.PredictiveLogScores(data, theta, [0], 5000).Sum(), "overdispersed days score better as negative binomial than as Poisson");
    }
}
