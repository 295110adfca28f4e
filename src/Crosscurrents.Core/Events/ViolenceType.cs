namespace Crosscurrents.Core.Events;

/// <summary>UCDP's type of violence. Sources without the distinction (ACLED, news) use <see cref="Unknown"/>.</summary>
public enum ViolenceType : byte
{
    Unknown = 0,
    /// <summary>Fighting between a government and an organised group, or between governments.</summary>
    StateBased = 1,
    /// <summary>Fighting between organised groups, none of them a government.</summary>
    NonState = 2,
    /// <summary>An organised actor killing civilians.</summary>
    OneSided = 3,
}
