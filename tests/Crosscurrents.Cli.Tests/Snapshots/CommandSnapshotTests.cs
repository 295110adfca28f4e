using System.Text.RegularExpressions;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Snapshots;

/// <summary>One store with the shipped data for every snapshot (loading it is the slow part).</summary>
public sealed class ShippedStore : IDisposable
{
    internal CliRunner Cli { get; } = new();

    public void Dispose() => Cli.Dispose();
}

/// <summary>
/// The tables and JSON of the commands on the shipped data, compared with committed <c>*.verified.txt</c> files, so a
/// refactoring that changes what a user sees fails here (paths and clock times are scrubbed; everything else is exact).
/// </summary>
public sealed partial class CommandSnapshotTests(ShippedStore store) : IClassFixture<ShippedStore>
{
    private static readonly string Folder = Path.Combine(RepositoryData.RepositoryRoot, "tests", "Crosscurrents.Cli.Tests", "Snapshots");

    [Theory]
    [InlineData("series-ttp-2014", "series", "--actor", "ttp", "--from", "2014", "--to", "2014-12")]
    [InlineData("series-ttp-2014-json", "series", "--actor", "ttp", "--from", "2014", "--to", "2014-06", "--measure", "fatalities", "--json")]
    [InlineData("series-by-province", "series", "--by", "year", "--group", "province", "--from", "2015", "--to", "2021", "--top", "4")]
    [InlineData("series-with-reported", "series", "--by", "year", "--from", "2018", "--to", "2024", "--with-reported")]
    [InlineData("events-2014-06", "events", "--from", "2014-06-01", "--to", "2014-06-10", "--limit", "8")]
    [InlineData("events-history-json", "events", "--history", "ucdp-ged:113774", "--json")]
    [InlineData("reported-picss", "reported")]
    [InlineData("periods-ceasefire", "periods", "--kind", "ceasefire")]
    [InlineData("study-ceasefire-end", "study", "--stream", "ttp", "--kind", "ceasefire_end", "--placebos", "50")]
    [InlineData("study-ceasefire-end-json", "study", "--stream", "ttp", "--kind", "ceasefire_end", "--placebos", "50", "--json")]
    [InlineData("changepoints-ttp", "changepoints", "--stream", "ttp", "--by", "year", "--bootstraps", "50")]
    [InlineData("granger-json", "granger", "--streams", "ttp,baloch", "--from", "2010", "--json")]
    [InlineData("claims-op-ed", "claims", "check", "claims/op-ed-2024.yaml")]
    [InlineData("forecast-json", "forecast", "--horizon", "3", "--samples", "200", "--json")]
    public void Command_Output_MatchesItsSnapshot(string name, params string[] args)
    {
        var (exit, output, error) = store.Cli.Run(args.Select(a => a.StartsWith("claims/", StringComparison.Ordinal) ? Path.Combine(RepositoryData.RepositoryRoot, a) : a).ToArray());
        Assert.True(exit == 0, error);
        var problem = Snapshot.Compare(Folder, name, Scrub(output));
        Assert.True(problem is null, problem);
    }

    [Fact]
    public void Dynamics_Output_MatchesItsSnapshot()
    {
        var (exit, output, error) = store.Cli.Run("dynamics", "fit", "--streams", "ttp,baloch", "--from", "2012", "--trend-knots", "2");
        Assert.True(exit == 0, error);
        var problem = Snapshot.Compare(Folder, "dynamics-ttp-baloch", Scrub(output));
        Assert.True(problem is null, problem);
    }

    [Fact]
    public void Brief_Fragments_MatchTheirSnapshots()
    {
        var path = store.Cli.File("brief.html");
        var (exit, _, error) = store.Cli.Run("brief", "--out", path);
        Assert.True(exit == 0, error);
        // The glossary's links at the first use of a term are not text; the glossary fragment shows which terms are linked.
        var html = TermLink().Replace(File.ReadAllText(path), "$1");
        foreach (var (name, start, end) in new[] { ("brief-coverage", "<p class=\"coverage\">", "</p>"), ("brief-key-judgements", "<h2 id=\"key-judgements\">", "</ol>"), ("brief-in-brief", "<h2>In brief</h2>", "</ul>"), ("brief-claims-table", "<h2>Claims</h2>", "</table>"), ("brief-dyads", "<h2>Top dyads</h2>", "</table>"), ("brief-glossary", "<h2 id=\"glossary\">", "</dl>") })
        {
            var from = html.IndexOf(start, StringComparison.Ordinal);
            Assert.True(from >= 0, $"{start} not in the brief");
            var to = html.IndexOf(end, from, StringComparison.Ordinal) + end.Length;
            var fragment = Tags().Replace(html[from..to], "\n");
            var problem = Snapshot.Compare(Folder, name, Scrub(Blank().Replace(fragment, "\n")));
            Assert.True(problem is null, problem);
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<a class=\"term\" href=\"#term-[a-z-]+\">([^<]*)</a>")]
    private static partial Regex TermLink();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Blank();

    /// <summary>Temporary paths and wall-clock times differ between runs; nothing else may.</summary>
    private string Scrub(string text)
    {
        text = text.Replace(Path.GetDirectoryName(store.Cli.Db)!, "{temp}", StringComparison.Ordinal).Replace(RepositoryData.RepositoryRoot, "{repo}", StringComparison.Ordinal);
        return BatchId().Replace(Timestamp().Replace(text, "{time}"), "{batch}");
    }

    [GeneratedRegex(@"\d{8}T\d{6}\.\d{3}-[0-9a-f]{6}")]
    private static partial Regex BatchId();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Timestamp();
}
