using System.Reflection;
using NetArchTest.Rules;

namespace Crosscurrents.Analysis.Tests.Architecture;

/// <summary>
/// The pipeline's layering as tests: Core depends on nothing of ours; models touch no store, console or file; the
/// analysis layer renders nothing; front ends (the CLI, the web host) hold no statistics and no SQL, only parsing, calls and rendering.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Core = typeof(Crosscurrents.Core.Events.ConflictEvent).Assembly;
    private static readonly Assembly Models = typeof(Crosscurrents.Models.Hawkes.HawkesModel).Assembly;
    private static readonly Assembly Series = typeof(Crosscurrents.Series.Counts.SeriesBuilder).Assembly;
    private static readonly Assembly Analysis = typeof(AnalysisContext).Assembly;
    private static readonly Assembly Reports = typeof(Crosscurrents.Reports.Brief.BriefWriter).Assembly;
    private static readonly Assembly Claims = typeof(Crosscurrents.Claims.ClaimChecker).Assembly;
    private static readonly Assembly Cli = typeof(Crosscurrents.Cli.CliApp).Assembly;
    private static readonly Assembly Web = typeof(Crosscurrents.Web.WebServer).Assembly;

    [Fact]
    public void Core_ReferencesNoOtherProjectOfOurs()
    {
        Assert.Empty(OurReferences(Core));
    }

    [Fact]
    public void Models_AndSeries_ReferenceOnlyCore()
    {
        Assert.All(OurReferences(Models), r => Assert.Equal("Crosscurrents.Core", r));
        Assert.All(OurReferences(Series), r => Assert.Equal("Crosscurrents.Core", r));
    }

    [Fact]
    public void Models_TouchNoStoreConsoleOrFile()
    {
        Assert.Empty(Violations(Types.InAssembly(Models).ShouldNot().HaveDependencyOnAny(
            "System.Console", "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.StreamReader", "System.IO.StreamWriter",
            "System.Data", "DuckDB", "Npgsql", "Spectre", "Crosscurrents.Core.Storage")));
    }

    [Fact]
    public void Analysis_RendersNothing()
    {
        Assert.Empty(Violations(Types.InAssembly(Analysis).ShouldNot().HaveDependencyOnAny("Spectre", "ScottPlot", "System.CommandLine", "System.Console")));
        Assert.DoesNotContain("Crosscurrents.Reports", OurReferences(Analysis));
        Assert.DoesNotContain("Crosscurrents.Cli", OurReferences(Analysis));
    }

    [Fact]
    public void Cli_HoldsNoStatisticsAndNoSql()
    {
        // Parsing, calls into the analysis layer and rendering only: no numerics library, no database driver, no model
        // procedure, no series building, no claim test, no coder.
        Assert.Empty(Violations(Types.InAssembly(Cli).ShouldNot().HaveDependencyOnAny(
            "MathNet", "DuckDB", "Npgsql", "System.Data.Common.DbCommand", "System.Data.IDbConnection", "Crosscurrents.Store",
            "Crosscurrents.Models.Hawkes", "Crosscurrents.Models.TimeSeries", "Crosscurrents.Models.Changepoints.ChangepointDetection",
            "Crosscurrents.Models.EventStudies.EventStudy", "Crosscurrents.Models.Forecasting.Backtest", "Crosscurrents.Models.Forecasting.ForecastModels",
            "Crosscurrents.Series.Counts.SeriesBuilder", "Crosscurrents.Series.Reported", "Crosscurrents.Claims.ClaimChecker", "Crosscurrents.Sources.News.NewsCoder",
            "Crosscurrents.Core.Storage.IEventStore")));
        var references = Cli.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("MathNet.Numerics", references);
        Assert.DoesNotContain("DuckDB.NET.Data", references);
    }

    [Fact]
    public void Web_HoldsNoStatisticsAndNoSql()
    {
        // The web host is a front end like the CLI: it parses HTTP requests, calls the analysis layer and writes results.
        Assert.Empty(Violations(Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(
            "MathNet", "DuckDB", "Npgsql", "System.Data.Common.DbCommand", "System.Data.IDbConnection", "Crosscurrents.Store",
            "Crosscurrents.Models.Hawkes", "Crosscurrents.Models.TimeSeries", "Crosscurrents.Models.Changepoints.ChangepointDetection",
            "Crosscurrents.Models.EventStudies.EventStudy", "Crosscurrents.Models.Forecasting.Backtest", "Crosscurrents.Models.Forecasting.ForecastModels",
            "Crosscurrents.Series.Counts.SeriesBuilder", "Crosscurrents.Series.Reported", "Crosscurrents.Claims.ClaimChecker", "Crosscurrents.Sources.News.NewsCoder",
            "Crosscurrents.Core.Storage.IEventStore", "Spectre", "System.CommandLine")));
        var references = Web.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("MathNet.Numerics", references);
        Assert.DoesNotContain("DuckDB.NET.Data", references);
        Assert.DoesNotContain("Crosscurrents.Cli", references);
    }

    [Fact]
    public void Reports_AndClaims_RunNoSql()
    {
        Assert.Empty(Violations(Types.InAssembly(Reports).ShouldNot().HaveDependencyOnAny("DuckDB", "Npgsql", "System.Data.Common.DbCommand", "System.Data.IDbConnection", "Crosscurrents.Store", "System.CommandLine")));
        Assert.Empty(Violations(Types.InAssembly(Claims).ShouldNot().HaveDependencyOnAny("DuckDB", "Npgsql", "System.Data.Common.DbCommand", "System.Data.IDbConnection", "Crosscurrents.Store", "Spectre", "System.CommandLine")));
    }

    private static List<string> OurReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Crosscurrents.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Violations(ConditionList rule)
    {
        var result = rule.GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames ?? ["(unnamed)"];
    }
}
