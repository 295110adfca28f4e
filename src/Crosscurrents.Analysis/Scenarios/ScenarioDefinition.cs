namespace Crosscurrents.Analysis.Scenarios;

/// <summary>The kinds of lever a scenario file can pull.</summary>
public enum LeverKind
{
    /// <summary>A ceasefire in force from one date to another, then the "regroup" window after it ends.</summary>
    Ceasefire,

    /// <summary>Talks in progress from one date to another.</summary>
    Talks,

    /// <summary>Cross-border strikes on dates or by rule, changing the background for a window after each.</summary>
    Strike,

    /// <summary>An operation (or joint operation) changing the background over a period.</summary>
    Operation,

    /// <summary>Events injected on a date.</summary>
    Inject,
}

/// <summary>A stated rate ratio with its 90% interval: an assumption.</summary>
/// <param name="RateRatio">Central rate ratio.</param>
/// <param name="Low">Lower end of the 90% interval.</param>
/// <param name="High">Upper end.</param>
public sealed record StatedEffect(double RateRatio, double Low, double High);

/// <summary>One lever of a scenario file.</summary>
/// <param name="Kind">What the lever is.</param>
/// <param name="Name">Its name (default: the kind and its position).</param>
/// <param name="Line">Line of the lever in the file.</param>
/// <param name="From">First day (ceasefire, talks, operation).</param>
/// <param name="To">Last day.</param>
/// <param name="Dates">Strike dates, or the injection's date.</param>
/// <param name="MinDeaths">Strike rule: after any event of <see cref="Stream"/> killing at least this many.</param>
/// <param name="WindowDays">Strike: days the effect lasts after each strike; ceasefire: the regroup window (0: the fit's).</param>
/// <param name="Effect">A stated effect (assumed), or null for the fitted or estimated one.</param>
/// <param name="Estimate">Operation: estimate the effect from past operations (an event study of the calibration window).</param>
/// <param name="Covariate">Use the fitted coefficient of this covariate (e.g. a window-after column) as the effect.</param>
/// <param name="EstimateFrom">Strike: a stream whose window-after covariate the fit adds, to estimate the effect from the data.</param>
/// <param name="Streams">Streams whose background the lever changes (null: all fitted streams).</param>
/// <param name="Stream">Rule trigger stream or injected stream (null: the target).</param>
/// <param name="Count">Injected events.</param>
/// <param name="Deaths">Deaths of each injected event.</param>
public sealed record LeverDefinition(LeverKind Kind, string Name, int Line, DateOnly? From, DateOnly? To, IReadOnlyList<DateOnly> Dates, double? MinDeaths,
    int WindowDays, StatedEffect? Effect, bool Estimate, string? Covariate, string? EstimateFrom, IReadOnlyList<string>? Streams, string? Stream, int Count, double Deaths);

/// <summary>A scenario file: what to fit, when to start, how long, and the levers.</summary>
/// <param name="Path">The file.</param>
/// <param name="Name">Short name (default: the file name).</param>
/// <param name="Title">Title for output.</param>
/// <param name="Description">What the scenario stands for.</param>
/// <param name="Streams">Streams of the Hawkes model.</param>
/// <param name="Target">The stream whose attacks the outputs count (default the first).</param>
/// <param name="CalibrateFrom">First day of the calibration window (default 2007-01-01).</param>
/// <param name="CalibrateTo">Last day (default: the last covered day); the simulation starts the next day.</param>
/// <param name="HorizonMonths">Months simulated.</param>
/// <param name="EscalationMonthly">Escalation: a month with more attacks of the target than this (null: the largest month of the last year of data).</param>
/// <param name="Levers">The levers (none: the status quo).</param>
public sealed record ScenarioDefinition(string Path, string Name, string Title, string Description, IReadOnlyList<string> Streams, string Target,
    DateOnly CalibrateFrom, DateOnly? CalibrateTo, int HorizonMonths, double? EscalationMonthly, IReadOnlyList<LeverDefinition> Levers);
