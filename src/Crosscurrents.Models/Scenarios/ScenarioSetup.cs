using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Scenarios;

/// <summary>What one scenario simulates: the future days' covariates, the past that still excites them, the levers.</summary>
/// <param name="Covariates">Days × P background covariates of the status quo over the horizon (levers add to them).</param>
/// <param name="History">History[k]: daily counts of stream k before the first simulated day (oldest first; the last entry is the day before).</param>
/// <param name="MonthStarts">Offsets of the first day of each month of the horizon (ascending, starting at 0).</param>
/// <param name="Deaths">Deaths[k]: deaths per event of stream k observed in the fit window, resampled as each simulated event's deaths (empty: 0).</param>
/// <param name="Levers">The levers.</param>
/// <param name="Injections">Events injected on given days.</param>
public sealed record ScenarioSetup(Matrix<double> Covariates, double[][] History, int[] MonthStarts, double[][] Deaths,
    IReadOnlyList<ScenarioLever> Levers, IReadOnlyList<ScenarioInjection> Injections)
{
    /// <summary>Days simulated.</summary>
    public int Days => Covariates.RowCount;

    /// <summary>Months of the horizon.</summary>
    public int Months => MonthStarts.Length;
}

/// <summary>How to run a scenario's Monte Carlo.</summary>
/// <param name="Paths">Number of paths (10,000 for results; fewer for tests).</param>
/// <param name="Seed">Seeds every path: path i uses generators seeded by (seed, i), so results do not depend on the number of threads.</param>
/// <param name="MaxEventsPerPath">A path with more events than this is stopped and counted as exploded.</param>
/// <param name="Overrides">Sensitivity runs: lever index → z, fixing that lever's effect at its estimate + z standard errors on every path.</param>
/// <param name="MaxDegreeOfParallelism">Threads (−1: all cores); the results are the same for any value.</param>
public sealed record ScenarioRunOptions(int Paths = 10_000, int Seed = 1, int MaxEventsPerPath = 1_000_000,
    IReadOnlyDictionary<int, double>? Overrides = null, int MaxDegreeOfParallelism = -1)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for settings out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Paths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Paths, 1_000_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEventsPerPath, 1);
    }
}
