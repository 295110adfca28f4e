using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Series.Reported;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents reported</c>: a series of published figures (PICSS, PIPS, UCDP country-year), gaps shown as gaps.</summary>
internal static class ReportedCommand
{
    public static Command Create(CliContext context)
    {
        var publisher = new Option<string>("--publisher") { Description = "PICSS, PIPS or UCDP", DefaultValueFactory = _ => "PICSS" };
        var measure = new Option<string>("--measure") { Description = "militant_attacks, all_violent_incidents, terrorist_attacks (PIPS), organized_violence, state_based, non_state, one_sided (UCDP)", DefaultValueFactory = _ => "militant_attacks" };
        var quantity = new Option<string>("--quantity") { Description = "attacks, killed, injured (PICSS/PIPS); deaths_best, deaths_low, deaths_high (UCDP)", DefaultValueFactory = _ => "attacks" };
        var country = new Option<string>("--country") { Description = "Country", DefaultValueFactory = _ => "Pakistan" };
        var province = new Option<string>("--province") { Description = "A province's figures (default: national figures; provinces are never added up)" };
        var first = new Option<bool>("--first-release") { Description = "Use the first published figure instead of the latest revision" };
        var command = new Command("reported", "Figures as publishers reported them, month by month and year by year, with gaps left as gaps.")
        {
            publisher, measure, quantity, country, province, first,
        };
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            using var store = workspace.OpenStore(readOnly: true);
            var figures = store.ReportedFigures();
            if (figures.Count == 0)
            {
                throw new UsageException("the store holds no reported figures; import data/reported/*.csv (or run 'crosscurrents brief')");
            }

            var options = new ReportedSeriesOptions(result.GetValue(publisher)!, result.GetValue(measure)!, result.GetValue(quantity)!, result.GetValue(country)!, result.GetValue(province), result.GetValue(first));
            var series = ReportedSeriesBuilder.Build(figures, options);
            if (series.Months.Count == 0 && series.Years.Count == 0)
            {
                var available = figures.Select(f => $"{f.Publisher}/{f.Measure}/{f.Quantity}").Distinct().Order(StringComparer.Ordinal);
                throw new UsageException($"no figures for {options.Publisher}/{options.Measure}/{options.Quantity} in {options.Province ?? options.Country}; available: {string.Join(", ", available)}");
            }

            var c = CultureInfo.InvariantCulture;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    options.Publisher,
                    options.Measure,
                    options.Quantity,
                    place = options.Province ?? options.Country,
                    revision = options.FirstRelease ? "first release" : "latest",
                    months = series.Months.Select(m => new { month = m.Month.ToString("yyyy-MM", c), value = m.Value, origin = m.Origin }),
                    years = series.Years.Select(y => new { year = y.Year, sumOfMonths = y.SumOfMonths, missingMonths = y.MissingMonths, publishedTotal = y.PublishedTotal }),
                }));
                return 0;
            }

            var table = new Table().AddColumns("year", "sum of months", "published annual total", "months reported");
            foreach (var y in series.Years)
            {
                table.AddRow(y.Year.ToString(c), y.SumOfMonths?.ToString("N0", c) ?? $"not summed: {y.MissingMonths.Count} month(s) missing",
                    y.PublishedTotal?.ToString("N0", c) ?? "", string.Join("", Enumerable.Range(1, 12).Select(m => y.MissingMonths.Contains(m) ? "·" : "■")));
            }

            context.Console.MarkupLineInterpolated($"{options.Publisher} {options.Measure} ({options.Quantity}), {options.Province ?? options.Country}, {(options.FirstRelease ? "first release" : "latest revision")}: {series.Months.Count(m => m.Value is not null)} of {series.Months.Count} months reported");
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
