using System.Text;
using Crosscurrents.Sources.News;
using Crosscurrents.Sources.Tests.Importing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crosscurrents.Sources.Tests.News;

/// <summary>Mutated gold reports: the coder finishes quickly and never throws, and every evidence span is in the text.</summary>
public sealed class NewsCoderPropertyTests
{
    private static readonly IReadOnlyList<GoldDocument> Gold = NewsEvaluation.LoadGold(NewsTestKit.GoldFile);

    [Property(MaxTest = 200)]
    public Property Code_MutatedReport_TerminatesAndCitesItsText(PositiveInt which, NonEmptyArray<Mutation> mutations)
    {
        var source = Gold[which.Get % Gold.Count].Document;
        var text = new StringBuilder(source.Text);
        foreach (var m in mutations.Get)
        {
            m.Apply(text);
        }

        var document = source with { Text = text.ToString() };
        var task = Task.Run(() => NewsTestKit.Coder.Code(document));
        var finished = task.Wait(TimeSpan.FromSeconds(5));
        return (finished && task.Result.All(e => e.Evidence.All(x => x.Start >= 0 && document.Text.AsSpan(x.Start).StartsWith(x.Text))))
            .Label(finished ? "evidence not found in the text" : "coder did not finish in 5 s");
    }
}
