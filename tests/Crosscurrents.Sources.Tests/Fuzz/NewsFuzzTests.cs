using System.Diagnostics;
using System.Text.Json;
using Crosscurrents.Sources.News;
using Crosscurrents.Sources.Tests.News;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Fuzz;

/// <summary>Seeded fuzzing of the news reader and coder with mutated gold reports and random text (issue 11): the coder
/// returns events or, at worst, a match-timeout error record for the document; never another exception.</summary>
public sealed class NewsFuzzTests
{
    private static readonly IReadOnlyList<GoldDocument> Gold = NewsEvaluation.LoadGold(NewsTestKit.GoldFile);

    [Fact]
    public void Coder_HostileReports_NeverThrow()
    {
        var random = new Random(20261201);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        while (clock.Elapsed < FuzzInput.Budget || cases < 50)
        {
            cases++;
            var source = Gold[random.Next(Gold.Count)].Document;
            var text = random.Next(8) == 0 ? FuzzInput.Random(random, 2000) : FuzzInput.Mutate(source.Text, random);
            var document = source with { Text = text, Title = random.Next(4) == 0 ? FuzzInput.Random(random, 40) : source.Title };
            var (events, error) = NewsTestKit.Coder.TryCode(document);
            // The one error allowed is the match timeout that bounds a pathological report (how soon it fires depends
            // on the machine's load); anything else is a bug.
            Assert.True(error is null || error.Message.StartsWith(nameof(System.Text.RegularExpressions.RegexMatchTimeoutException), StringComparison.Ordinal),
                $"case {cases}: {error?.Message}\ntext: {JsonSerializer.Serialize(text)}");
            Assert.All(events, e => Assert.All(e.Evidence, x => Assert.InRange(x.Start, 0, text.Length)));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"news coder: {cases} cases");
    }

    [Fact]
    public void Reader_HostileJsonl_GivesADocumentOrAnErrorPerLine()
    {
        var lines = File.ReadAllLines(NewsTestKit.GoldFile);
        var random = new Random(7);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        using var dir = new TempDirectory();
        var path = dir.File("fuzz.jsonl");
        while (clock.Elapsed < FuzzInput.Budget || cases < 50)
        {
            cases++;
            var chosen = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(6) == 0 ? FuzzInput.Random(random, 300) : FuzzInput.Mutate(lines[random.Next(lines.Length)], random, 3)).ToList();
            File.WriteAllText(path, string.Join('\n', chosen) + "\n", new System.Text.UTF8Encoding(false));
            var expected = File.ReadAllLines(path).Count(l => l.Trim().Length > 0);
            var results = NewsReader.ReadAll(path).ToList();
            Assert.Equal(expected, results.Count);
            Assert.All(results, r => Assert.True((r.Document is null) != (r.Error is null)));
            foreach (var document in results.Select(r => r.Document).OfType<NewsDocument>())
            {
                var (_, error) = NewsTestKit.Coder.TryCode(document, path);
                Assert.Null(error);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"news reader: {cases} files");
    }
}
