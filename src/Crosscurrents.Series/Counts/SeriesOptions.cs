using Crosscurrents.Core.Events;

namespace Crosscurrents.Series.Counts;

/// <summary>What a series counts.</summary>
public enum Measure
{
    /// <summary>Number of events.</summary>
    Events,
    /// <summary>Deaths: the best estimate, with the sums of the low and high estimates as its range.</summary>
    Fatalities,
}

/// <summary>How a series is split.</summary>
public enum Grouping
{
    None,
    /// <summary>By group (factions, fronts and state forces roll up to their group); an event counts for each group on either side.</summary>
    Actor,
    /// <summary>By current province (FATA events count under Khyber Pakhtunkhwa).</summary>
    Province,
    /// <summary>By the pair of groups, in alphabetical order.</summary>
    Dyad,
    /// <summary>By district, named with its province ("Khyber Pakhtunkhwa/North Waziristan"); events without one under "(district unknown)".</summary>
    District,
}

/// <summary>Options for building a series.</summary>
/// <param name="Resolution">Time step.</param>
/// <param name="Measure">Events or fatalities.</param>
/// <param name="Grouping">How to split.</param>
/// <param name="Top">Keep the largest groups by total, fold the rest into "other".</param>
/// <param name="From">First day (defaults to the first event).</param>
/// <param name="To">Last day (defaults to the last event).</param>
public sealed record SeriesOptions(
    TimeResolution Resolution = TimeResolution.Month,
    Measure Measure = Measure.Events,
    Grouping Grouping = Grouping.None,
    int Top = 8,
    DateOnly? From = null,
    DateOnly? To = null);
