using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Covariates;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Analysis.Tests.Dynamics;

/// <summary>A store that repeats every event many times (the scale benchmark's synthetic stores) asks the same
/// questions as the shipped data with larger counts: the model's verdicts must not change with the number of events.</summary>
public sealed class RepeatedEventsTests
{
    [Fact]
    public void HawkesFit_OfTheShippedDaysRepeated780Times_IsAsUsableAsTheShippedFit()
    {
        // The design of the brief's fit (TTP and Baloch, 2007–2021, trend knots by BIC) with every day's count × 780.
        // Judged on the raw eigenvalues, the information's ratio fell from 5e-5 to 8e-11 and the fit was called
        // singular; scaled to unit diagonal, its smallest eigenvalue stays near 0.24.
        using var dir = new TempDirectory();
        var workspace = new Workspace(dir.File("events.duckdb"), RepositoryData.DataDirectory);
        using var session = workspace.Open(readOnly: false);
        var context = session.Context;
        var run = Analyses.Hawkes(context, Analyses.Streams(context, "ttp,baloch"), new DateOnly(2007, 1, 1), new DateOnly(2021, 12, 31),
            new CovariateOptions(), seed: 1, chooseTrendKnots: true);
        Assert.True(run.Fit.Usable, run.Fit.ExitDetail);
        var repeated = run.Data with { Counts = [.. run.Data.Counts.Select(c => c.Select(v => v * 780).ToArray())] };
        var fit = HawkesModel.Fit(repeated);
        Assert.True(fit.ExitReason == HawkesExitReason.Converged, $"{fit.ExitReason}: {fit.ExitDetail}");
        Assert.True(fit.Usable);
    }
}
