namespace Crosscurrents.Core.Coverage;

/// <summary>How completely a dataset records the events inside its coverage.</summary>
public enum Completeness
{
    /// <summary>Every event of the covered kinds, days and places is meant to be in it (a UCDP GED release, an ACLED
    /// export for its query). A period it covers can be counted, and a count of zero means no events.</summary>
    Complete,

    /// <summary>Complete only for a narrower scope than the source's (a filtered export): covers the countries,
    /// provinces and kinds it states, and nothing else.</summary>
    Partial,

    /// <summary>Some events, never all of them (news coded by the coder, a hand-made list). It adds events to lists
    /// and maps, but never makes a period counted: a period only it covers is "no data".</summary>
    Sample,
}
