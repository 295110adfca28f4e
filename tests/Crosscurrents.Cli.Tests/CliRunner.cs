using System.Text.Json;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests;

/// <summary>Runs the CLI in-process against a temporary database and the repository's data folder.</summary>
/// <remarks>A new database gets the shipped data on its first command, as it does for a user; <c>empty: true</c>
/// creates it with <c>--no-shipped-data</c> instead, for tests that need a store holding only what they import.</remarks>
internal sealed class CliRunner(bool empty = false, string? store = null) : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>The store: a DuckDB file in the temporary folder, or the PostgreSQL connection string given.</summary>
    public string Db => store ?? _dir.File("events.duckdb");

    public string File(string name) => _dir.File(name);

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var all = args.Concat(["--db", Db, "--data-dir", RepositoryData.DataDirectory]).Concat(empty ? ["--no-shipped-data"] : Array.Empty<string>()).ToArray();
        var exit = CliApp.Run(all, output, error, TimeProvider.System, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    public JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--json"]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public void Dispose() => _dir.Dispose();
}
