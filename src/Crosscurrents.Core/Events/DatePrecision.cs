namespace Crosscurrents.Core.Events;

/// <summary>How exactly the date is known. Values follow UCDP's <c>date_prec</c> codes 1–5.</summary>
public enum DatePrecision : byte
{
    /// <summary>The exact day.</summary>
    Day = 1,
    /// <summary>A span of two to six days.</summary>
    Days = 2,
    /// <summary>Within a week.</summary>
    Week = 3,
    /// <summary>Within a month.</summary>
    Month = 4,
    /// <summary>Within a year or longer.</summary>
    Year = 5,
}
