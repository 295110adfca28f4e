namespace Crosscurrents.Core.Events;

/// <summary>Which dataset an event came from: its name, release and the id the dataset gives it.</summary>
/// <param name="Dataset">A short dataset name: <c>ucdp-ged</c>, <c>ucdp-candidate</c>, <c>acled</c> or the name given to a generic file.</param>
/// <param name="Version">The release, e.g. <c>22.1</c>; <c>unknown</c> when neither the file nor the user says.</param>
/// <param name="SourceId">The dataset's own id of the event.</param>
public readonly record struct EventSource(string Dataset, string Version, string SourceId);
