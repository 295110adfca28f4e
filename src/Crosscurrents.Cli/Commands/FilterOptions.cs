using Crosscurrents.Analysis.Inputs;

namespace Crosscurrents.Cli.Commands;

/// <summary>The event filter options shared by <c>events</c> and <c>series</c>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string> _from = new("--from") { Description = "First day, yyyy-MM-dd (or yyyy, yyyy-MM)" };
    private readonly Option<string> _to = new("--to") { Description = "Last day, yyyy-MM-dd (or yyyy, yyyy-MM: the end of that year or month)" };
    private readonly Option<string> _country = new("--country") { Description = "Country, e.g. Pakistan" };
    private readonly Option<string> _province = new("--province") { Description = "Province (current or as the source named it), e.g. Balochistan" };
    private readonly Option<string> _district = new("--district") { Description = "District, e.g. \"North Waziristan\"" };
    private readonly Option<string> _actor = new("--actor") { Description = "Actor id, name or alias; includes its factions and fronts (e.g. ttp)" };
    private readonly Option<string> _dyad = new("--dyad") { Description = "Two actors, A:B, in either order (e.g. pak-state:ttp)" };
    private readonly Option<string> _violence = new("--violence") { Description = "Type of violence: state-based, non-state, one-sided (or 1, 2, 3)" };
    private readonly Option<int?> _minFatalities = new("--min-fatalities") { Description = "Only events with at least this many deaths (best estimate; 0 to 1000000)" };
    private readonly Option<string> _dataset = new("--dataset") { Description = "Only events of one dataset (ucdp-ged, ucdp-candidate, acled, ...)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _from, _to, _country, _province, _district, _actor, _dyad, _violence, _minFatalities, _dataset })
        {
            command.Options.Add(option);
        }
    }

    public EventQuery Query(ParseResult result) => new()
    {
        From = result.GetValue(_from),
        To = result.GetValue(_to),
        Country = result.GetValue(_country),
        Province = result.GetValue(_province),
        District = result.GetValue(_district),
        Actor = result.GetValue(_actor),
        Dyad = result.GetValue(_dyad),
        Violence = result.GetValue(_violence),
        MinFatalities = result.GetValue(_minFatalities),
        Dataset = result.GetValue(_dataset),
    };
}
