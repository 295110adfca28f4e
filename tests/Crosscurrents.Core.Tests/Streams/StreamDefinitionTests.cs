using Crosscurrents.Core.Events;
using Crosscurrents.Core.Streams;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Core.Tests.Streams;

public sealed class StreamDefinitionTests
{
    private static readonly IReadOnlyList<StreamDefinition> Shipped = StreamDefinition.Load(Path.Combine(RepositoryData.DataDirectory, "streams.csv"));

    [Fact]
    public void ShippedStreams_IncludeTheOnesTheModelsNeed()
    {
        foreach (var name in new[] { "ttp", "pak-strikes-afg", "bla", "isk", "pak-ttp" })
        {
            Assert.Contains(Shipped, s => s.Name == name);
        }
    }

    [Fact]
    public void ToFilter_TtpStream_TakesTheFamilyInPakistan()
    {
        var filter = Shipped.Single(s => s.Name == "ttp").ToFilter(RepositoryData.Actors);
        Assert.Equal("Pakistan", filter.Country);
        Assert.Contains("ttp-hgb", filter.ActorIds!);
        Assert.Null(filter.OpponentIds);
    }

    [Fact]
    public void ToFilter_DyadAndViolenceStreams()
    {
        var dyad = Shipped.Single(s => s.Name == "pak-ttp").ToFilter(RepositoryData.Actors);
        Assert.Contains("pak-fc", dyad.ActorIds!);
        Assert.Contains("ttp-jua", dyad.OpponentIds!);
        Assert.Equal(ViolenceType.OneSided, Shipped.Single(s => s.Name == "one-sided").ToFilter(RepositoryData.Actors).ViolenceType);
    }

    [Fact]
    public void ToFilter_UnknownActor_IsAClearError()
    {
        var stream = new StreamDefinition("x", "x", "nobody", null, null, null, null, null);
        var ex = Assert.Throws<InvalidDataException>(() => stream.ToFilter(RepositoryData.Actors));
        Assert.Contains("stream 'x' names unknown actor 'nobody'", ex.Message, StringComparison.Ordinal);
    }
}
