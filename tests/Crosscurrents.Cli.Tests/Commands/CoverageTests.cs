using System.Globalization;
using System.Text;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Cli.Tests.Commands;

/// <summary>Coverage and cross-source linking as a user meets them: absence of data is never read as no violence,
/// one incident reported by several datasets counts once, and every command sees the same store.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void FirstCommandOnANewStore_LoadsTheShippedEventsTimelineAndReportedFigures()
    {
        using var cli = new CliRunner();
        var datasets = cli.Json("datasets");
        var ged = datasets.GetProperty("datasets").EnumerateArray().Single();
        Assert.Equal("ucdp-ged", ged.GetProperty("dataset").GetString());
        Assert.Equal(6416, ged.GetProperty("events").GetInt32());
        var coverage = ged.GetProperty("imports")[0].GetProperty("coverage");
        Assert.Equal("complete", coverage.GetProperty("completeness").GetString());
        Assert.Equal("1989-01-01", coverage.GetProperty("from").GetString());
        Assert.Equal("2021-12-31", coverage.GetProperty("to").GetString());
        Assert.Equal(["Pakistan"], coverage.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));

        // The same store answers reported-figure questions without a separate import.
        var (exit, output, error) = cli.Run("reported", "--publisher", "PICSS", "--measure", "militant_attacks", "--quantity", "attacks");
        Assert.True(exit == 0, error);
        Assert.Contains("2023", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NewsEventsAfterTheRelease_AreNoData_InSeriesModelsAndClaims()
    {
        using var cli = new CliRunner();
        var (codeExit, _, codeError) = cli.Run("code", Path.Combine(RepositoryData.DataDirectory, "news", "gold.jsonl"), "--import");
        Assert.True(codeExit == 0, codeError);

        // The series: 2022–2025 have news events but no complete source: null, never 0.
        var series = cli.Json("series", "--by", "year", "--actor", "ttp");
        var periods = series.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
        var best = series.GetProperty("groups")[0].GetProperty("best");
        Assert.Contains("2023", periods);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, best[periods.IndexOf("2023")].ValueKind);
        Assert.True(best[periods.IndexOf("2021")].GetDouble() > 0);
        Assert.False(series.GetProperty("covered")[periods.IndexOf("2024")].GetBoolean());
        var (_, table, _) = cli.Run("series", "--by", "year", "--actor", "ttp");
        Assert.Matches(@"2023\s*│\s*no data", table);

        // Changepoints: none after the coverage ends (the news events used to make a 2022 drop to 0.3 a month).
        var changes = cli.Json("changepoints", "--stream", "ttp", "--by", "month");
        foreach (var c in changes.GetProperty("changes").EnumerateArray())
        {
            Assert.True(string.CompareOrdinal(c.GetProperty("period").GetString(), "2022") < 0, c.ToString());
        }

        // The Hawkes fit ends where the coverage ends, and says so.
        var (fitExit, _, fitError) = cli.Run("dynamics", "fit", "--streams", "ttp", "--from", "2016", "--to", "2025-10-31", "--json");
        Assert.True(fitExit == 0, fitError);
        Assert.Contains("limited to 2016-01-01..2021-12-31", fitError, StringComparison.Ordinal);

        // The strike claim is not supported on uncovered weeks (it was "supported, 0.00 (0.00–0.00)").
        var claims = cli.Json("claims", "check", Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"));
        var strikes = claims.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "strikes-after-attacks");
        Assert.Equal("not testable", strikes.GetProperty("verdict").GetString());
        Assert.Contains("1989-01-01..2021-12-31", strikes.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportWithStatedCoverage_MakesItsPeriodCountable_AndTheDatasetsCommandSaysSo()
    {
        using var cli = new CliRunner();
        var path = cli.File("kp-2023.csv");
        File.WriteAllText(path,
            "event_id,date_start,country,province,district,side_a,side_b,fatalities_best,latitude,longitude\n" +
            "1,2023-01-30,Pakistan,Khyber Pakhtunkhwa,Peshawar,TTP,police,84,34.0,71.5\n" +
            "2,2023-03-02,Pakistan,Khyber Pakhtunkhwa,Bannu,TTP,police,4,33.0,70.6\n");
        var sample = cli.Json("import", path, "--dataset", "kp-list");
        Assert.Contains("sample", sample.GetProperty("coverage").GetString(), StringComparison.Ordinal);
        var before = cli.Json("series", "--by", "year", "--from", "2023", "--to", "2023", "--province", "Khyber Pakhtunkhwa");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("groups")[0].GetProperty("best")[0].ValueKind);

        var stated = cli.Json("import", path, "--dataset", "kp-list", "--coverage", "2023", "--countries", "PAK", "--provinces", "Khyber Pakhtunkhwa");
        Assert.Contains("partial 2023-01-01..2023-12-31 in Pakistan (Khyber Pakhtunkhwa)", stated.GetProperty("coverage").GetString(), StringComparison.Ordinal);
        var after = cli.Json("series", "--by", "year", "--from", "2023", "--to", "2023", "--province", "Khyber Pakhtunkhwa");
        Assert.Equal(2, after.GetProperty("groups")[0].GetProperty("best")[0].GetDouble());

        // A partial dataset for one province does not make the whole country countable.
        var country = cli.Json("series", "--by", "year", "--from", "2023", "--to", "2023");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, country.GetProperty("groups")[0].GetProperty("best")[0].ValueKind);

        var (badExit, _, badError) = cli.Run("import", path, "--coverage", "2023-05..2023-01");
        Assert.Equal(1, badExit);
        Assert.Contains("--coverage", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void MirAli_AGedRowAndANewsReportOfTheSameAttack_CountOnce_AndADifferentAttackThatDayStaysApart()
    {
        using var cli = new CliRunner();
        var ged = cli.File("GEDEvent_v25_1.csv");
        var rows = new StringBuilder(string.Join(',', GedFileGenerator.Columns49)).Append('\n');

        // 16 March 2024, Mir Ali: the attack on the army post (7 soldiers and 6 attackers killed), and a different
        // incident the same day in the same district (two civilians killed by IS).
        rows.Append(GedRow(900001, "2024-03-16", 1, "Government of Pakistan", "TTP", "Mir Ali town", 33.0233, 70.2667, deathsA: 7, deathsB: 6, best: 13)).Append('\n');
        rows.Append(GedRow(900002, "2024-03-16", 3, "IS", "Civilians", "Miranshah town", 33.0, 70.07, deathsA: 0, deathsB: 0, best: 2, civilians: 2)).Append('\n');
        rows.Append(GedRow(900003, "2024-06-02", 1, "Government of Pakistan", "TTP", "Bannu town", 32.99, 70.6, deathsA: 1, deathsB: 2, best: 3, adm2: "Bannu district")).Append('\n');
        File.WriteAllText(ged, rows.ToString());
        var imported = cli.Json("import", ged, "--source-version", "25.1");
        Assert.Equal(3, imported.GetProperty("imported").GetInt32());
        Assert.Contains("2024-01-01..2024-12-31", imported.GetProperty("coverage").GetString(), StringComparison.Ordinal);

        var gold = cli.File("mir-ali.jsonl");
        File.WriteAllLines(gold, File.ReadLines(Path.Combine(RepositoryData.DataDirectory, "news", "gold.jsonl")).Where(l => l.Contains("\"g002\"", StringComparison.Ordinal)));
        var (exit, _, error) = cli.Run("code", gold, "--import");
        Assert.True(exit == 0, error);

        var day = cli.Json("events", "--from", "2024-03-16", "--to", "2024-03-16");
        var events = day.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(3, events.Count);
        var news = events.Single(e => e.GetProperty("id").GetString()!.StartsWith("news:", StringComparison.Ordinal));
        Assert.Equal("ucdp-ged:900001", news.GetProperty("incidentId").GetString());
        Assert.All(events.Where(e => e.GetProperty("id").GetString()!.StartsWith("ucdp-ged:", StringComparison.Ordinal)),
            e => Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("incidentId").ValueKind));

        // Counted once: two incidents that day, not three; and the table shows both sources of the attack.
        var series = cli.Json("series", "--by", "day", "--from", "2024-03-16", "--to", "2024-03-16");
        Assert.Equal(2, series.GetProperty("groups")[0].GetProperty("best")[0].GetDouble());
        var links = cli.Json("datasets", "--links");
        Assert.Equal(1, links.GetProperty("linkedReports").GetInt32());
        Assert.Equal("ucdp-ged:900001", links.GetProperty("links")[0].GetProperty("incident").GetString());
        var (_, table, _) = cli.Run("events", "--from", "2024-03-16", "--to", "2024-03-16");
        Assert.Contains("3 reports of 2 incidents", table, StringComparison.Ordinal);
        Assert.Contains("ucdp-ged 900001 (13);", table, StringComparison.Ordinal);
        Assert.Matches(@"news [0-9a-f]{12} \(13\)", table);
    }

    [Fact]
    public void ANewerRelease_ThatRevisesAndDropsEvents_KeepsTheirOldValues_AndDropsOnlyWhenAsked()
    {
        using var cli = new CliRunner(empty: true);
        var header = string.Join(',', GedFileGenerator.Columns49);
        var v1 = cli.File("GEDEvent_v24_1.csv");
        File.WriteAllLines(v1, [header,
            GedRow(800001, "2023-05-01", 1, "Government of Pakistan", "TTP", "Bannu town", 32.99, 70.6, 1, 2, 3, adm2: "Bannu district"),
            GedRow(800002, "2023-06-01", 1, "Government of Pakistan", "TTP", "Bannu town", 32.99, 70.6, 1, 1, 2, adm2: "Bannu district")]);
        var v2 = cli.File("GEDEvent_v25_1.csv");
        File.WriteAllLines(v2, [header,
            GedRow(800001, "2023-05-01", 1, "Government of Pakistan", "TTP", "Bannu town", 32.99, 70.6, 1, 4, 5, adm2: "Bannu district")]);
        cli.Json("import", v1, "--source-version", "24.1");
        var second = cli.Json("import", v2, "--source-version", "25.1");
        Assert.Equal((1, 1, 0), (second.GetProperty("updated").GetInt32(), second.GetProperty("missing").GetInt32(), second.GetProperty("dropped").GetInt32()));
        var history = cli.Json("events", "--history", "ucdp-ged:800001");
        Assert.Equal(5, history.GetProperty("current").GetProperty("fatalities").GetProperty("best").GetInt32());
        Assert.Equal(3, history.GetProperty("history")[0].GetProperty("values").GetProperty("fatalities").GetProperty("best").GetInt32());
        Assert.Equal(2, cli.Json("events").GetProperty("count").GetInt32());

        var third = cli.Json("import", v2, "--source-version", "25.1", "--drop-missing");
        Assert.Equal(1, third.GetProperty("dropped").GetInt32());
        Assert.Equal(1, cli.Json("events").GetProperty("count").GetInt32());
        var dropped = cli.Json("events", "--history", "ucdp-ged:800002");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, dropped.GetProperty("current").ValueKind);
        Assert.Equal("dropped", dropped.GetProperty("history").EnumerateArray().Last().GetProperty("change").GetString());
    }

    private static string GedRow(int id, string date, int type, string sideA, string sideB, string place, double lat, double lon,
        int deathsA, int deathsB, int best, int civilians = 0, string adm2 = "North Waziristan district")
    {
        var c = CultureInfo.InvariantCulture;
        var values = new Dictionary<string, string>
        {
            ["id"] = id.ToString(c), ["relid"] = $"PAK-2024-{id}", ["year"] = date[..4], ["active_year"] = "1", ["code_status"] = "Clear",
            ["type_of_violence"] = type.ToString(c), ["conflict_name"] = "Pakistan: Government", ["dyad_name"] = $"{sideA} - {sideB}",
            ["side_a"] = sideA, ["side_b"] = sideB, ["number_of_sources"] = "2", ["source_article"] = "\"test article\"",
            ["where_prec"] = "1", ["where_coordinates"] = place, ["adm_1"] = "Khyber Pakhtunkhwa province", ["adm_2"] = adm2,
            ["latitude"] = lat.ToString(c), ["longitude"] = lon.ToString(c), ["country"] = "Pakistan", ["country_id"] = "770",
            ["region"] = "Asia", ["event_clarity"] = "1", ["date_prec"] = "1", ["date_start"] = date + " 00:00:00.000",
            ["date_end"] = date + " 00:00:00.000", ["deaths_a"] = deathsA.ToString(c), ["deaths_b"] = deathsB.ToString(c),
            ["deaths_civilians"] = civilians.ToString(c), ["deaths_unknown"] = "0", ["best"] = best.ToString(c),
            ["high"] = best.ToString(c), ["low"] = best.ToString(c), ["gwnoa"] = "770",
        };
        return string.Join(',', GedFileGenerator.Columns49.Select(col => values.GetValueOrDefault(col, "")));
    }
}
