using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Crosscurrents.Sources.News;

namespace Crosscurrents.Sources.Tests.News;

/// <summary>
/// The regex crash of issue 11: "A bomb killed two people. x y 20 to 25 kilogrammes of explosives " threw
/// IndexOutOfRangeException inside the source-generated KilledBeforeVerb (since replaced by the casualty grammar's token
/// scanner).
/// </summary>
public sealed class NewsCoderRegexTests
{
    /// <summary>The smallest pattern found that still breaks: a capture around an optional alternation with
    /// backtracking branches, then a lazy bounded loop that must backtrack into it.</summary>
    private const string Minimal = @"((?: to (?:\d+|(?:twenty|thirty)-(?:one|two)))?) (?:\w+ ){0,3}?m";

    private const string MinimalInput = "1 to 2 a b c d";

    [Fact]
    public void MinimalReproduction_InterpreterFindsNoMatch()
    {
        Assert.Empty(new Regex(Minimal, RegexOptions.IgnoreCase).Matches(MinimalInput));
    }

    /// <summary>Documents the runtime fault the workaround exists for: when this starts to pass without throwing, .NET has
    /// fixed its emitter and patterns of this shape can be source-generated again.</summary>
    [Fact]
    public void MinimalReproduction_CompiledRegexStillThrows_SoTheShapeIsAvoided()
    {
        var compiled = new Regex(Minimal, RegexOptions.IgnoreCase | RegexOptions.Compiled);
        Assert.Throws<IndexOutOfRangeException>(() => compiled.Match(MinimalInput).Index);
    }

    [Theory]
    [InlineData("A bomb killed two people. x y 20 to 25 kilogrammes of explosives ")]
    [InlineData("Police said 20 to 25 kilogrammes of explosives were used.")]
    [InlineData("1 to 2 a b c d")]
    public void Code_ReportsThatCrashedTheGeneratedRegex_AreCoded(string text)
    {
        var events = NewsTestKit.Code(text);
        Assert.All(events, e => Assert.Equal("t1", e.DocId));
    }

    [Fact]
    public void Code_IssueSentence_KeepsTheDeathToll()
    {
        var e = Assert.Single(NewsTestKit.CodeNew("A bomb killed two people. x y 20 to 25 kilogrammes of explosives "));
        Assert.Equal(2, e.KilledBest);
    }

    /// <summary>Differential fuzz: every coder regex, as shipped (source-generated or Compiled), agrees with the
    /// interpreter on seeded mutations of the gold reports, and none throws.</summary>
    [Fact]
    public void EveryCoderRegex_AgreesWithTheInterpreter_OnMutatedGoldText()
    {
        var internals = typeof(NewsCoder).Assembly.GetTypes().Where(t => t.Namespace == "Crosscurrents.Sources.News.Internal");
        var regexes = internals.Prepend(typeof(NewsCoder)).SelectMany(t => t.GetMethods(BindingFlags.NonPublic | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0)
            .Select(m => (m.Name, Shipped: (Regex)m.Invoke(null, null)!))
            // The dictionaries' patterns run with RegexOptions.Compiled, the same emitter as the generator.
            .Concat(NewsTestKit.Coder.Dictionaries.Patterns.Select(p => ($"pattern {p.EventType}", p.Pattern)))
            .Append(("places", NewsTestKit.Coder.Dictionaries.PlacePattern))
            .Append(("actors", NewsTestKit.Coder.Dictionaries.ActorPattern))
            .Select(r => (r.Item1, Shipped: r.Item2, Interpreted: new Regex(r.Item2.ToString(), r.Item2.Options & ~RegexOptions.Compiled)))
            .ToList();
        Assert.True(regexes.Count >= 30, $"found {regexes.Count} regexes");
        var gold = NewsEvaluation.LoadGold(NewsTestKit.GoldFile);
        var random = new Random(11);
        var pieces = new[] { " to ", " and ", "20", " 25 ", "twenty-one", " people ", " were killed", " died", ",", " kilogrammes of ", "-", "'" };
        var cases = 0;
        for (var i = 0; i < 150; i++)
        {
            var text = new StringBuilder(gold[random.Next(gold.Count)].Document.Text);
            for (var k = random.Next(1, 6); k > 0; k--)
            {
                text.Insert(random.Next(text.Length), pieces[random.Next(pieces.Length)]);
            }

            var input = text.ToString();
            foreach (var (name, shipped, interpreted) in regexes)
            {
                cases++;
                var expected = interpreted.Matches(input).Select(m => (m.Index, m.Length)).ToList();
                var actual = shipped.Matches(input).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{name} differs from the interpreter on: {input}");
            }
        }

        Assert.True(cases > 3000);
    }
}
