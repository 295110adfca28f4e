using Crosscurrents.Testing.Fixtures;
using nietras.SeparatedValues;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class EventsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public EventsCommandTests() => _cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Events_ActorFilter_IncludesFactions_AndCsvRoundTripsThroughImport()
    {
        var path = _cli.File("ttp.csv");
        var (exit, _, error) = _cli.Run("events", "--actor", "TTP", "--format", "csv", "--out", path);
        Assert.True(exit == 0, error);
        var ttp = RepositoryData.Actors.WithDescendants("ttp");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = 0;
        foreach (var row in reader)
        {
            rows++;
            Assert.True(ttp.Contains(row["side_a_actor"].ToString()) || ttp.Contains(row["side_b_actor"].ToString()));
        }

        // Independent count from the source file: sides named TTP or a TTP faction.
        using var source = Sep.Reader(o => o with { Unescape = true }).FromFile(RepositoryData.ShippedGedFile);
        var expected = 0;
        foreach (var row in source)
        {
            var a = row["side_a"].ToString();
            var b = row["side_b"].ToString();
            if (a.StartsWith("TTP", StringComparison.Ordinal) || b.StartsWith("TTP", StringComparison.Ordinal) ||
                a is "Lashkar-e-Islam" or "Jamaat-ul-Ahrar" or "Fedayeen Islam" || b is "Lashkar-e-Islam" or "Jamaat-ul-Ahrar" or "Fedayeen Islam")
            {
                expected++;
            }
        }

        Assert.Equal(expected, rows);

        // The export imports back into a fresh store as the same events.
        using var other = new CliRunner(empty: true);
        var back = other.Json("import", path);
        Assert.Equal("crosscurrents", back.GetProperty("format").GetString());
        Assert.Equal(expected, back.GetProperty("imported").GetInt32());
        Assert.Equal(0, back.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void Events_Json_CarriesTheSnapshot_AndFiltersCombine()
    {
        var json = _cli.Json("events", "--dyad", "pak-state:bras", "--from", "2019", "--to", "2021", "--min-fatalities", "1");
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("count").GetInt32(), events.Count);
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            var date = DateOnly.Parse(e.GetProperty("dateStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(date, new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31));
            Assert.Equal("bras", e.GetProperty("sideB").GetProperty("actorId").GetString());
        });
        Assert.Matches("^[0-9a-f]{16}$", json.GetProperty("snapshot").GetString());
    }

    [Fact]
    public void Events_Parquet_WritesAParquetFile()
    {
        var path = _cli.File("events.parquet");
        var (exit, _, error) = _cli.Run("events", "--province", "Balochistan", "--format", "parquet", "--out", path);
        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        Assert.Contains("wrote 692 events", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_Table_ShowsRowsAndTheSnapshot()
    {
        var (exit, output, _) = _cli.Run("events", "--district", "Khyber", "--violence", "one-sided", "--limit", "5");
        Assert.Equal(0, exit);
        Assert.Contains("ucdp-ged:", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ reports of \d+ incidents .*data snapshot [0-9a-f]{16}", output);
    }

    [Theory]
    [InlineData("--actor", "Nobody", "unknown actor 'Nobody'")]
    [InlineData("--from", "2020-13", "--from '2020-13'")]
    [InlineData("--violence", "riots", "--violence 'riots'")]
    [InlineData("--dyad", "ttp", "give two actors as A:B")]
    public void Events_BadFilter_IsAClearError(string option, string value, string message)
    {
        var (exit, _, error) = _cli.Run("events", option, value);
        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
