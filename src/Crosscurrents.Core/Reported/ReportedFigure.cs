namespace Crosscurrents.Core.Reported;

/// <summary>
/// A figure a publisher reported for a place and a period: attacks, killed or injured (PICSS, PIPS), or deaths by type
/// of violence (UCDP country-year). Kept as published, revisions included; <see cref="Revision"/> orders the
/// figures for the same publisher, measure, place and period (higher = published later).
/// </summary>
/// <param name="Publisher">PICSS, PIPS, UCDP ...</param>
/// <param name="Measure">The publisher's definition: militant_attacks, all_violent_incidents, terrorist_attacks, organized_violence ...</param>
/// <param name="Country">Country.</param>
/// <param name="Province">Province, or null for the whole country (province rows are never added up to a national figure).</param>
/// <param name="PeriodStart">First month of the period.</param>
/// <param name="PeriodEnd">Last month of the period (the same month for a monthly figure).</param>
/// <param name="Quantity">attacks, killed, injured, deaths_best, deaths_low, deaths_high ...</param>
/// <param name="Value">The figure.</param>
/// <param name="SourceUrl">Where it was read.</param>
/// <param name="Note">Notes as published (breakdowns, caveats).</param>
/// <param name="Revision">Order of publication among figures for the same key (0 = first).</param>
/// <param name="File">The file and line it came from.</param>
public sealed record ReportedFigure(
    string Publisher,
    string Measure,
    string Country,
    string? Province,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Quantity,
    double Value,
    string? SourceUrl,
    string? Note,
    int Revision,
    string File)
{
    public bool IsMonthly => PeriodStart == PeriodEnd;

    /// <summary>The key that revisions share.</summary>
    public (string, string, string, string?, DateOnly, DateOnly, string) Key => (Publisher, Measure, Country, Province, PeriodStart, PeriodEnd, Quantity);
}
