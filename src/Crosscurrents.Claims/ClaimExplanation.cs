using System.Globalization;

namespace Crosscurrents.Claims;

/// <summary>A verdict in one sentence a reader without statistics can follow: what the data say, how large, how sure.</summary>
public static class ClaimExplanation
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The sentence for a verdict (and the first reason a claim cannot be checked, when it cannot).</summary>
    public static string Sentence(ClaimVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var claim = verdict.Claim;
        if (verdict.Verdict == Verdict.NotTestable)
        {
            const string prefix = "not testable with events: ";
            var reason = verdict.Reason.StartsWith(prefix, StringComparison.Ordinal) ? verdict.Reason[prefix.Length..] : verdict.Reason;
            var cut = reason.IndexOf("; ", StringComparison.Ordinal);
            var balanced = cut > 0 && reason[..cut].Count(ch => ch == '(') == reason[..cut].Count(ch => ch == ')');
            var first = balanced && cut < 200 ? reason[..cut] : reason.Length > 220 ? reason[..220].TrimEnd() + "…" : reason;
            return $"This cannot be checked with the data at hand: {first.TrimEnd('.')}.";
        }

        var opening = verdict.Verdict switch
        {
            Verdict.Supported => "The data support this",
            Verdict.Contradicted => "The data go against this",
            _ => "The data cannot settle this either way",
        };
        var source = verdict.Source == "events" ? "in the event data" : $"in the figures {verdict.Source.Split(' ')[0]} published";
        if (verdict.Estimate is not { } estimate)
        {
            return opening + ".";
        }

        string Range() => verdict.Lower is { } lo && verdict.Upper is { } hi ? string.Create(C, $" (plausibly between {lo:0.##} and {hi:0.##})") : "";

        // "at 2.06 times the level of X (plausibly 1.57 to 2.69 times)" or "83% below the level of X (plausibly 80% to 86% below)".
        string Level(string of)
        {
            var (lo, hi) = (verdict.Lower, verdict.Upper);
            if (estimate < 1 && hi is { } h && h < 1 && lo is { } l)
            {
                return string.Create(C, $"{(1 - estimate) * 100:0}% below {of} (plausibly {(1 - h) * 100:0}% to {(1 - l) * 100:0}% below)");
            }

            var range = lo is { } a && hi is { } b ? string.Create(C, $" (plausibly {a:0.##} to {b:0.##} times)") : "";
            return string.Create(C, $"at {estimate:0.##} times {of}{range}");
        }

        static string Expects(ChangeDirection d) => d == ChangeDirection.Increase ? "a rise" : "a fall";
        var sentence = claim switch
        {
            PeakClaim peak => string.Create(C, $"{opening}: {source} the busiest year was {estimate:0}, while the claim names {string.Join(" or ", peak.ExpectYears)}."),
            ChangeClaim change => string.Create(C, $"{opening}: {source}, the later period ran {Level("the level of the earlier one")}; the claim expects {Expects(change.Expect)}."),
            AfterVsBeforeClaim avb => string.Create(C, $"{opening}: in the weeks after the dates in question violence ran {Level("the level of the weeks before")}, after allowing for the long-run trend; the claim expects {Expects(avb.Expect)}."),
            RegroupClaim => string.Create(C, $"{opening}: in the weeks after talks or ceasefires with the group ended, violence ran {Level("the level of the weeks before they began")}, after allowing for the long-run trend; regrouping would show as a clear rise."),
            ExcitesClaim => string.Create(C, $"{opening}: each event is followed on average by about {estimate:0.##} further events caused by it{Range()}; a claim of escalation needs this clearly above zero."),
            DetersClaim => string.Create(C, $"{opening}: in the days after the strikes, violence ran {Level("its usual level")}; deterrence would show as a clear fall."),
            ShareClaim share => string.Create(C, $"{opening}: {estimate * 100:0}% of the events{(verdict.Lower is { } l && verdict.Upper is { } u ? $" (plausibly {l * 100:0}% to {u * 100:0}%)" : "")} involve the group, against the {(share.AtLeast is { } a ? $"at least {a * 100:0}%" : share.AtMost is { } m ? $"at most {m * 100:0}%" : "share")} the claim implies."),
            LinksClaim { Relation: LinkRelation.Excites } => string.Create(C, $"{opening}: {(verdict.Verdict == Verdict.Supported ? "one group's violence sets off the other's" : "neither group's violence clearly sets off the other's")}: the stronger direction sets off {estimate:0.###} events per event{Range()}; event data cannot show links of other kinds."),
            LinksClaim => string.Create(C, $"{opening}: the data record {estimate:0} events in which the two groups fought each other."),
            _ => opening + ".",
        };
        return verdict.DependsOnBackground
            ? sentence + " This verdict depends on how flexibly the model lets the long-run level of violence vary: another reasonable choice gives a different one (see the reason)."
            : sentence;
    }
}
