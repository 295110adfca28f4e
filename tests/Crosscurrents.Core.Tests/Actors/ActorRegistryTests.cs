using Crosscurrents.Core.Actors;
using Crosscurrents.Testing.Fixtures;
using nietras.SeparatedValues;

namespace Crosscurrents.Core.Tests.Actors;

public sealed class ActorRegistryTests
{
    private static readonly ActorRegistry Registry = RepositoryData.Actors;
    private static readonly DateOnly Day = new(2015, 1, 1);

    [Theory]
    [InlineData("ucdp", "TTP", "ttp")]
    [InlineData("ucdp", "Government of Pakistan", "pak-state")]
    [InlineData("ucdp", "HGB", "ttp-hgb")]
    [InlineData("ucdp", "Lashkhar of Wazir tribe", "lashkar-wazir")]
    [InlineData("acled", "Tehrik-i-Taliban Pakistan (TTP)", "ttp")]
    [InlineData("news", "Pakistani Taliban", "ttp")]
    [InlineData("news", "tehreek-e-taliban   pakistan", "ttp")]
    [InlineData("news", "Jaish-e-Fursan-e-Muhammad", "ttp-jfm")]
    [InlineData("news", "Islamic State Khorasan Province", "iskp")]
    [InlineData("news", "Baloch Liberation Army", "bla")]
    public void Resolve_FindsTheCanonicalActor_ForSourceSpellings(string source, string name, string expected) =>
        Assert.Equal(expected, Registry.Resolve(source, name, Day));

    [Fact]
    public void Resolve_ReturnsNull_ForUnknownNames() =>
        Assert.Null(Registry.Resolve("ucdp", "Some Group Nobody Registered", Day));

    [Fact]
    public void Resolve_GovernmentOfAfghanistan_IsTheRepublicBeforeTheTakeoverAndTheEmirateAfter()
    {
        Assert.Equal("afg-republic", Registry.Resolve("ucdp", "Government of Afghanistan", new DateOnly(2021, 8, 14)));
        Assert.Equal("afg-emirate", Registry.Resolve("ucdp", "Government of Afghanistan", new DateOnly(2021, 8, 15)));
    }

    [Fact]
    public void Resolve_PrefersTheSourcesOwnAlias_OverAWildcard()
    {
        var registry = new ActorRegistry(
            [new Actor("a", "A", null, "state", null, null), new Actor("b", "B", null, "state", null, null)],
            [new ActorAlias("a", "*", "Name", null, null), new ActorAlias("b", "acled", "Name", null, null)]);
        Assert.Equal("b", registry.Resolve("acled", "Name", Day));
        Assert.Equal("a", registry.Resolve("ucdp", "Name", Day));
    }

    [Fact]
    public void WithDescendants_OfTtp_HoldsItsFactionsAndFronts()
    {
        var family = Registry.WithDescendants("ttp");
        foreach (var id in new[] { "ttp", "ttp-hgb", "ttp-jua", "ttp-lei", "ttp-jfm", "ttp-tjp" })
        {
            Assert.Contains(id, family);
        }

        Assert.DoesNotContain("bla", family);
        Assert.DoesNotContain("pak-state", family);
    }

    [Fact]
    public void RootOf_AFaction_IsItsGroup()
    {
        Assert.Equal("ttp", Registry.RootOf("ttp-hgb"));
        Assert.Equal("pak-state", Registry.RootOf("pak-fc"));
        Assert.Equal("islamic-state", Registry.RootOf("iskp"));
    }

    [Fact]
    public void GroupOf_ClimbsFactionsFrontsAndStateForces_ButNotGroups()
    {
        Assert.Equal("ttp", Registry.GroupOf("ttp-jfm"));
        Assert.Equal("pak-state", Registry.GroupOf("pak-fc"));
        Assert.Equal("bla", Registry.GroupOf("bla"));
        Assert.Equal("islamic-state", Registry.GroupOf("iskp"));
    }

    [Fact]
    public void Registry_HasTheActorsTheIssueNames()
    {
        foreach (var id in new[] { "pak-military", "pak-fc", "pak-police", "afg-republic", "afg-emirate", "ttp", "ttp-hgb", "ttp-jua", "ttp-lei", "ttp-jfm", "ttp-tjp", "iskp", "bla", "blf", "bras" })
        {
            Assert.NotNull(Registry.Find(id));
        }
    }

    [Fact]
    public void EverySideNameInTheShippedUcdpFile_Resolves()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(RepositoryData.ShippedGedFile);
        var unresolved = new HashSet<string>();
        foreach (var row in reader)
        {
            if (row["id"].Span.IsEmpty)
            {
                continue; // the HXL tag row
            }

            var date = DateOnly.Parse(row["date_start"].ToString()[..10], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in new[] { row["side_a"].ToString(), row["side_b"].ToString() })
            {
                if (Registry.Resolve("ucdp", name, date) is null)
                {
                    unresolved.Add(name);
                }
            }
        }

        Assert.Empty(unresolved);
    }

    [Fact]
    public void Lookup_FindsByIdNameOrAlias()
    {
        Assert.Equal("ttp", Registry.Lookup("ttp")?.Id);
        Assert.Equal("ttp", Registry.Lookup("TTP")?.Id);
        Assert.Equal("bla", Registry.Lookup("Balochistan Liberation Army (BLA)")?.Id);
        Assert.Null(Registry.Lookup("nobody"));
    }

    [Fact]
    public void Constructor_RefusesAnUnknownParent()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new ActorRegistry([new Actor("x", "X", "missing", "faction", null, null)], []));
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesFileLineAndField_OfABadRow()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("actors.csv"), "id,name,parent,role,country,description\nx,X,,state,,\ny,,,state,,\n");
        File.WriteAllText(dir.File("aliases.csv"), "actor_id,source,alias,valid_from,valid_to\n");
        var ex = Assert.Throws<InvalidDataException>(() => ActorRegistry.Load(dir.Path));
        Assert.Contains("actors.csv, line 3, field 'name'", ex.Message, StringComparison.Ordinal);
    }
}
