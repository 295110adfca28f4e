namespace Crosscurrents.Core.Events;

/// <summary>The time step of a series.</summary>
public enum TimeResolution
{
    Day,
    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,
    Month,
    Year,
}
