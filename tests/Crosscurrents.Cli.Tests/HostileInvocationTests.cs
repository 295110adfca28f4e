using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests;

/// <summary>
/// A hostile user's command lines (issue 11) against a store with the shipped data: whatever the exit code, the error
/// stream is short and never a .NET stack trace.
/// </summary>
public sealed class HostileInvocationTests(HostileInvocationTests.ShippedStore store) : IClassFixture<HostileInvocationTests.ShippedStore>
{
    private readonly CliRunner _cli = store.Cli;

    public static TheoryData<string> CommandLines =>
    [
        "granger --lags 24 --from 2019",
        "granger --lags 1 --from 2021-12",
        "granger --streams ttp,isk --by week --lags 24",
        "study --window 104",
        "study --window 1 --placebos 0",
        "study --stream isk --kind ceasefire_end",
        "study --by year",
        "changepoints --min-segment 520",
        "changepoints --min-segment 1 --bootstraps 0 --by year",
        "changepoints --penalty 0 --bootstraps 0 --by year",
        "changepoints --stream isk --by week --bootstraps 0",
        "series --from 2030",
        "series --from 2015 --to 2010",
        "series --by week --from 0001 --to 0002",
        "series --by day --from 9999-12",
        "events --from 9999-12 --to 9999-12",
        "events --dyad :",
        "events --actor \u0000",
        "events --violence 7",
        "events --country ''",
        "reported --measure nothing",
        "dynamics fit --streams nowhere",
        "dynamics fit --from 2020 --to 2019",
        "claims check /nonexistent.yaml",
        "code /nonexistent.jsonl",
        "import /nonexistent.csv --encoding latin1",
        "import /nonexistent.csv --min-date 2020 --max-date 2019",
    ];

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void CommandLine_NeverEndsInAStackTrace(string commandLine)
    {
        var (exit, _, error) = _cli.Run(commandLine.Split(' '));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.NotEqual(CliApp.InternalErrorExitCode, exit);
        if (exit != 0)
        {
            Assert.Contains("error", error, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>One store with the shipped data for every command line (the commands only read it).</summary>
    public sealed class ShippedStore : IDisposable
    {
        public ShippedStore()
        {
            Cli = new CliRunner();
            Cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        }

        internal CliRunner Cli { get; }

        public void Dispose() => Cli.Dispose();
    }
}
