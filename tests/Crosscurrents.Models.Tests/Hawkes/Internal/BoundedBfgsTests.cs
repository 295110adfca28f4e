using Crosscurrents.Models.Hawkes.Internal;

namespace Crosscurrents.Models.Tests.Hawkes.Internal;

public sealed class BoundedBfgsTests
{
    [Fact]
    public void Minimise_FindsRosenbrocksMinimum_InsideLooseBounds()
    {
        static double Rosenbrock(double[] x, double[] g)
        {
            g[0] = (-2 * (1 - x[0])) - (400 * x[0] * (x[1] - (x[0] * x[0])));
            g[1] = 200 * (x[1] - (x[0] * x[0]));
            return Math.Pow(1 - x[0], 2) + (100 * Math.Pow(x[1] - (x[0] * x[0]), 2));
        }

        var (point, value, _, exit) = new BoundedBfgs(1e-10, 1e-14, 1e-16, 1000).Minimise(Rosenbrock, [-5, -5], [5, 5], [-1.2, 1]);
        Assert.Equal(BfgsExit.Gradient, exit);
        Assert.Equal(1, point[0], 1e-6);
        Assert.Equal(1, point[1], 1e-6);
        Assert.True(value < 1e-12);
    }

    [Fact]
    public void Minimise_SatisfiesTheBoundConditions_OnARandomQuadratic()
    {
        // f = ½ (x − c)ᵀ A (x − c), A positive definite, c partly outside the box [0, 1]ⁿ: at the minimum every
        // variable is interior with zero gradient or on a bound with the gradient pointing out of the box.
        const int n = 40;
        var random = new Random(18);
        var m = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = random.NextDouble() - 0.5;
            }
        }

        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var k = 0; k < n; k++)
                {
                    a[i, j] += m[k, i] * m[k, j];
                }

                a[i, j] += i == j ? 0.5 : 0;
            }
        }

        var c = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 3) - 1).ToArray();
        double Quadratic(double[] x, double[] g)
        {
            var value = 0.0;
            for (var i = 0; i < n; i++)
            {
                g[i] = 0;
                for (var j = 0; j < n; j++)
                {
                    g[i] += a[i, j] * (x[j] - c[j]);
                }

                value += 0.5 * (x[i] - c[i]) * g[i];
            }

            return value;
        }

        var lower = new double[n];
        var upper = Enumerable.Repeat(1.0, n).ToArray();
        var (point, _, _, exit) = new BoundedBfgs(1e-9, 1e-15, 1e-18, 2000).Minimise(Quadratic, lower, upper, new double[n]);
        Assert.Equal(BfgsExit.Gradient, exit);
        var gradient = new double[n];
        Quadratic(point, gradient);
        var onBound = 0;
        for (var i = 0; i < n; i++)
        {
            Assert.InRange(point[i], 0, 1);
            if (point[i] == 0)
            {
                Assert.True(gradient[i] >= -1e-9, $"x[{i}] = 0 with gradient {gradient[i]}");
                onBound++;
            }
            else if (point[i] == 1)
            {
                Assert.True(gradient[i] <= 1e-9, $"x[{i}] = 1 with gradient {gradient[i]}");
                onBound++;
            }
            else
            {
                Assert.True(Math.Abs(gradient[i]) <= 1e-8, $"x[{i}] = {point[i]} with gradient {gradient[i]}");
            }
        }

        Assert.InRange(onBound, 1, n - 1); // the test means something: some bounds active, not all
    }
}
