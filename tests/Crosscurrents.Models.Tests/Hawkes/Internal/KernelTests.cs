using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Hawkes.Internal;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Hawkes.Internal;

public sealed class KernelTests
{
    /// <summary>Random counts, covariates and parameters: lengths that are not whole blocks or vectors, ties, zeros.</summary>
    private static (HawkesData Data, HawkesParameters Theta) RandomProblem(int k, int t, int p, int seed)
    {
        var random = new Random(seed);
        var covariates = Matrix<double>.Build.Dense(t, p, (day, c) => c == 0 ? 1 : c % 2 == 1 ? random.NextDouble() - 0.5 : random.Next(2));
        var counts = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, t).Select(_ => (double)(random.NextDouble() < 0.5 ? 0 : random.Next(6))).ToArray()).ToArray();
        var gamma = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, p).Select(_ => random.NextDouble() - 0.5).ToArray()).ToArray();
        var alpha = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                alpha[j, i] = random.NextDouble() * (i == j ? 0.6 : 0.2);
            }
        }

        var omega = Enumerable.Range(0, k).Select(_ => Math.Exp((random.NextDouble() * 6) - 4)).ToArray();
        omega[0] = 5e-5; // the series branch of the same-day share
        var data = new HawkesData(Enumerable.Range(0, k).Select(i => $"s{i}").ToList(), counts, Enumerable.Range(0, p).Select(c => $"z{c}").ToList(), covariates);
        return (data, new HawkesParameters(gamma, alpha, omega));
    }

    [Theory]
    [InlineData(1, 7, 1, 1)]
    [InlineData(3, 255, 3, 2)]
    [InlineData(4, 256, 2, 3)]
    [InlineData(10, 1001, 4, 4)]
    [InlineData(13, 3000, 5, 5)]
    public void Evaluate_AgreesWithTheDayByDayRecursion_To1e10Relative(int k, int t, int p, int seed)
    {
        var (data, theta) = RandomProblem(k, t, p, seed);
        var likelihood = new Likelihood(data);
        var reference = new double[theta.Count];
        var fast = new double[theta.Count];
        var expected = likelihood.EvaluateByDay(theta, reference);
        var actual = new Kernel(data).Evaluate(theta, fast);
        Assert.True(Math.Abs(actual - expected) <= 1e-10 * Math.Abs(expected), $"log L: kernel {actual:R}, by day {expected:R}");
        var scale = reference.Max(Math.Abs);
        for (var n = 0; n < reference.Length; n++)
        {
            Assert.True(Math.Abs(fast[n] - reference[n]) <= 1e-10 * Math.Max(Math.Abs(reference[n]), 1e-3 * scale),
                $"{Layout.Of(theta).IdAt(n)}: kernel {fast[n]:R}, by day {reference[n]:R}");
        }

        Assert.Equal(expected, new Kernel(data).Evaluate(theta, null), 1e-10 * Math.Abs(expected));
    }

    [Fact]
    public void Evaluate_IsMinusInfinity_WhenTheSameDayCascadeExplodes()
    {
        var (data, theta) = RandomProblem(2, 50, 2, 6);
        var alpha = (double[,])theta.Alpha.Clone();
        alpha[1, 1] = 4.9;
        var explosive = theta with { Alpha = alpha, Omega = [theta.Omega[0], 9.0] };
        Assert.Equal(double.NegativeInfinity, new Kernel(data).Evaluate(explosive, new double[theta.Count]));
        Assert.Equal(double.NegativeInfinity, new Likelihood(data).EvaluateByDay(explosive, new double[theta.Count]));
    }

    [Fact]
    public void Gradient_MatchesFiniteDifferencesOfTheKernel()
    {
        var (data, theta) = RandomProblem(3, 700, 3, 7);
        var kernel = new Kernel(data);
        var gradient = new double[theta.Count];
        kernel.Evaluate(theta, gradient);
        var layout = Layout.Of(theta);
        for (var n = 0; n < theta.Count; n++)
        {
            var id = layout.IdAt(n);
            var h = 1e-6 * Math.Max(1, Math.Abs(theta[id]));
            var numeric = (kernel.Evaluate(theta.With(id, theta[id] + h), null) - kernel.Evaluate(theta.With(id, theta[id] - h), null)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[n]) <= 1e-5 * Math.Max(1, Math.Abs(numeric)), $"{id}: analytic {gradient[n]}, numeric {numeric}");
        }
    }
}
