namespace Crosscurrents.Sources.News.Internal;

/// <summary>What the coder read in one sentence: its event triggers, casualty figures, places and time expressions.</summary>
internal sealed class SentenceFacts(Segment segment)
{
    public Segment Segment { get; } = segment;

    public int Start => Segment.Start;

    public int End => Segment.End;

    /// <summary>Event patterns that matched, highest priority first.</summary>
    public List<TriggerMatch> Triggers { get; } = [];

    public List<Casualty> Casualties { get; } = [];

    public List<PlaceMention> Places { get; } = [];

    public List<TimeMention> Times { get; } = [];

    /// <summary>Opens with "Separately", "In a separate incident", "In another incident", "Elsewhere", "Hours later".</summary>
    public bool Cue { get; set; }

    /// <summary>Gives another account's figures (an early report, the other side, an earlier official statement).</summary>
    public bool Alternative { get; set; }

    /// <summary>Gives a later figure ("later put", "rose to").</summary>
    public bool Later { get; set; }

    /// <summary>Speaks of a claim or of speculation ("claimed", "saying", "whether").</summary>
    public bool ClaimOrSpeculation { get; set; }

    /// <summary>Where a passing mention of an earlier event starts (or <see cref="End"/>).</summary>
    public int CutFrom { get; set; } = int.MaxValue;

    /// <summary>Where that mention ends.</summary>
    public int CutTo { get; set; } = int.MaxValue;

    /// <summary>Tells an earlier event as the context of the report's news ("The raids came days after an attack on
    /// ...", "Tensions had risen after an ambush ..."): it opens a background incident.</summary>
    public bool Context { get; set; }

    /// <summary>Sums figures across incidents ("in separate incidents", "in all"): neither an event nor a toll.</summary>
    public bool Aggregate { get; set; }

    /// <summary>Speaks of history in general ("in the past", "repeatedly"), not of an event.</summary>
    public bool GenericHistory { get; set; }

    public TriggerMatch? Best => Triggers.Count > 0 ? Triggers[0] : null;

    public bool HasDeaths => Casualties.Any(c => c.Killed && !c.Part);

    public bool HasCasualties => Casualties.Any(c => !c.Part && (c.Killed || c.Best > 0));
}
