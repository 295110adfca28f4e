using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary>The event filters of <c>events</c> and <c>series</c>, as query parameters named like the CLI's options.</summary>
internal sealed class EventParameters
{
    /// <summary>First day, yyyy-MM-dd (or yyyy, yyyy-MM).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last day, yyyy-MM-dd (or yyyy, yyyy-MM: the end of that year or month).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Country, e.g. Pakistan.</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    /// <summary>Province (current or as the source named it).</summary>
    [FromQuery(Name = "province")]
    public string? Province { get; init; }

    /// <summary>District, e.g. North Waziristan.</summary>
    [FromQuery(Name = "district")]
    public string? District { get; init; }

    /// <summary>Actor id, name or alias; includes its factions and fronts.</summary>
    [FromQuery(Name = "actor")]
    public string? Actor { get; init; }

    /// <summary>Two actors, A:B, in either order.</summary>
    [FromQuery(Name = "dyad")]
    public string? Dyad { get; init; }

    /// <summary>state-based, non-state, one-sided (or 1, 2, 3).</summary>
    [FromQuery(Name = "violence")]
    public string? Violence { get; init; }

    /// <summary>Only events with at least this many deaths (0 to 1000000).</summary>
    [FromQuery(Name = "minFatalities")]
    public string? MinFatalities { get; init; }

    /// <summary>Only events of one dataset (ucdp-ged, acled, news, ...).</summary>
    [FromQuery(Name = "dataset")]
    public string? Dataset { get; init; }

    public EventQuery Query() => new()
    {
        From = Blank(From),
        To = Blank(To),
        Country = Blank(Country),
        Province = Blank(Province),
        District = Blank(District),
        Actor = Blank(Actor),
        Dyad = Blank(Dyad),
        Violence = Blank(Violence),
        MinFatalities = QueryValues.OptionalInt(MinFatalities, "minFatalities", 0, 1_000_000),
        Dataset = Blank(Dataset),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
