using Crosscurrents.Analysis.Reported;

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
            using var analysis = context.Open(result);
            var request = new ReportedRequest(result.GetValue(publisher)!, result.GetValue(measure)!, result.GetValue(quantity)!, result.GetValue(country)!, result.GetValue(province), result.GetValue(first));
            return context.Render(result, ReportedAnalysis.Run(analysis.Context, request), ReferenceView.Write);
        });
        return command;
    }
}
