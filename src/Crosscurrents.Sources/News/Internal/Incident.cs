namespace Crosscurrents.Sources.News.Internal;

/// <summary>The sentences that speak of one incident, with the place and day that tie them together.</summary>
internal sealed class Incident
{
    public List<SentenceFacts> Sentences { get; } = [];

    /// <summary>The incident's place so far (refined from a province to a district as sentences come).</summary>
    public PlaceMention? Place { get; set; }

    /// <summary>The place given by the roundup heading the incident falls under.</summary>
    public PlaceMention? HeadingPlace { get; set; }

    /// <summary>The incident's event date so far, from its first dated sentence.</summary>
    public TimeMention? Time { get; set; }

    /// <summary>The event type of the sentence that opened it.</summary>
    public string? OpeningType { get; set; }

    /// <summary>A claim in the report says it covers every attack ("claimed both attacks").</summary>
    public bool ClaimCoversAll { get; set; }

    /// <summary>Places named together in the opening sentence ("the provinces of Kunar and Paktika"): one event each.</summary>
    public List<PlaceMention> SplitPlaces { get; } = [];

    /// <summary>Opened by a sentence telling an earlier event as context: background.</summary>
    public bool Context { get; set; }

    /// <summary>Opened by a definite reference to an event ("the suicide bomber who struck ..."), not a report of it.</summary>
    public bool Definite { get; set; }
}
