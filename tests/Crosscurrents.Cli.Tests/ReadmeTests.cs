using System.Text;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests;

/// <summary>The README's examples are run as written (with a temporary database and output folder).</summary>
public sealed class ReadmeTests
{
    private const string Prefix = "dotnet run --project src/Crosscurrents.Cli -- ";

    [Fact]
    public void ReadmeExamples_AllRunSuccessfully()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryData.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("<!-- examples -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- /examples -->", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "README has no examples block");
        var examples = readme[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        Assert.True(examples.Count >= 10);

        using var cli = new CliRunner();
        foreach (var example in examples)
        {
            var args = Split(example[Prefix.Length..]).Select(a => Rebase(a, cli)).ToArray();
            var (exit, _, error) = cli.Run(args);
            Assert.True(exit == 0, $"'{example}' failed: {error}");
        }

        Assert.True(File.Exists(cli.File("out/brief.html")));
        Assert.True(File.Exists(cli.File("out/deaths-by-actor.png")));

        // After the examples (which add news-coded events for 2019–2025), no result reads an uncovered period as zero.
        var changes = cli.Json("changepoints", "--stream", "ttp", "--by", "month");
        Assert.All(changes.GetProperty("changes").EnumerateArray(), c => Assert.True(string.CompareOrdinal(c.GetProperty("period").GetString(), "2022") < 0, c.ToString()));
        var fit = cli.Json("dynamics", "fit", "--streams", "ttp", "--from", "2016");
        Assert.Equal("2021-12-31", fit.GetProperty("to").GetString());
        foreach (var term in fit.GetProperty("background")[0].GetProperty("rateRatios").EnumerateArray().Where(t => t.GetProperty("covariate").GetString() == "after_taliban_takeover"))
        {
            // It was 0.03: 2022–2025 read as almost no violence.
            Assert.True(term.GetProperty("rateRatio").GetDouble() > 0.2, term.ToString());
        }

        var claims = cli.Json("claims", "check", Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"));
        var strikes = claims.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "strikes-after-attacks");
        Assert.NotEqual("supported", strikes.GetProperty("verdict").GetString());
        var brief = File.ReadAllText(cli.File("out/brief.html"));
        Assert.DoesNotContain("7 Nov 2025", brief, StringComparison.Ordinal);
        Assert.Contains("The event data are complete for 1 Jan 1989 to 31 Dec 2021 in Pakistan", brief, StringComparison.Ordinal);
        Assert.Contains("were matched as reports of the same incident in another dataset", brief, StringComparison.Ordinal);

        // Every verdict comes with a sentence a reader without statistics can follow.
        Assert.Contains("The data support this:", brief, StringComparison.Ordinal);
        Assert.Contains("This cannot be checked with the data at hand:", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_GivesTheRunAndTestCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryData.RepositoryRoot, "README.md"));
        Assert.Contains("dotnet run --project src/Crosscurrents.Cli -- brief\n", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test\n", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryData.RepositoryRoot, "src", "Crosscurrents.Cli", "Crosscurrents.Cli.csproj")));
    }

    /// <summary>Input paths resolve against the repository; output paths go to the test's own folder.</summary>
    private static string Rebase(string arg, CliRunner cli) =>
        arg.StartsWith("data/", StringComparison.Ordinal) || arg.StartsWith("claims/", StringComparison.Ordinal) ? Path.Combine(RepositoryData.RepositoryRoot, arg)
        : arg.StartsWith("out/", StringComparison.Ordinal) ? CreateParent(cli.File(arg))
        : arg;

    private static string CreateParent(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Splits a shell line on spaces, keeping double-quoted words together.</summary>
    private static List<string> Split(string line)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(ch);
            }
        }

        if (current.Length > 0)
        {
            args.Add(current.ToString());
        }

        return args;
    }
}
