using Crosscurrents.Sources.News;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.News;

internal static class NewsTestKit
{
    private static readonly Lazy<NewsCoder> LazyCoder = new(() =>
        new NewsCoder(NewsDictionaries.Load(RepositoryData.DataDirectory, RepositoryData.Actors, RepositoryData.Places)));

    public static NewsCoder Coder => LazyCoder.Value;

    public static string GoldFile => Path.Combine(RepositoryData.DataDirectory, "news", "gold.jsonl");

    public static IReadOnlyList<CodedEvent> Code(string text, string date = "2024-03-18", string title = "Report") =>
        Coder.Code(new NewsDocument("t1", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), title, text));

    public static IReadOnlyList<CodedEvent> CodeNew(string text, string date = "2024-03-18") =>
        Code(text, date).Where(e => !e.Background).ToList();
}
