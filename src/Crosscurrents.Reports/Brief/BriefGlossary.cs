using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Crosscurrents.Reports.Brief;

/// <summary>
/// The brief's glossary: the statistical and data terms it uses, in plain words. Only the terms the rendered brief
/// actually uses are listed, each linked from its first use in the text (headings, code and links are left alone).
/// </summary>
public static partial class BriefGlossary
{
    /// <summary>A term: its anchor id, its name, how the text writes it and what it means.</summary>
    public sealed record Term(string Id, string Name, string Pattern, string Definition)
    {
        internal Regex Regex { get; } = new($@"\b(?:{Pattern})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Every term the brief may use, in the glossary's (alphabetical) order.</summary>
    public static IReadOnlyList<Term> Terms { get; } =
    [
        new("background-rate", "background rate", "background rates?", "How often events would happen if no earlier event set them off: the steady pressure of the conflict. Here it may drift over the years, vary with the season and shift in periods such as ceasefires."),
        new("baseline", "baseline", "baselines?", "A simple forecasting rule any model must beat to be worth using: next month equals this month, the long-run average, or last year's months drawn at random (\"conflictology\")."),
        new("best-estimate", "best estimate", "best estimates?", "UCDP's most likely number of deaths in an event; its low and high estimates bound what the sources reported."),
        new("bic", "BIC", "BIC", "Bayesian information criterion: a score that weighs how well a model fits against how complicated it is; used to choose how many bends the trend may have."),
        new("bootstrap", "bootstrap", "bootstrap", "Repeating a calculation on many simulated copies of the data to see how much the answer could vary by chance alone."),
        new("branching-ratio", "branching ratio", "branching ratios?", "The number of further events one event sets off on average, in its own stream or another. Zero means events do not beget events; close to 1 means each event almost replaces itself."),
        new("changepoint", "changepoint", "changepoints?", "A month where the average level of violence shifts and stays shifted. The search adds a change only when the data clearly call for it; its 95% range is the months it could plausibly be."),
        new("coverage", "coverage", "coverage", "Two uses. For data: the days, places and kinds of events a source records completely; a period no complete source covers is \"no data\", never zero. For forecasts: how often the 90% interval held what happened (about 90% if the forecast is honest)."),
        new("crps", "CRPS", "CRPS", "Continuous ranked probability score: the average distance, in events, between a forecast's whole range of outcomes and what happened. Lower is better; it rewards forecasts that are close and honest about their uncertainty."),
        new("diebold-mariano", "Diebold–Mariano test", "Diebold–Mariano", "A test of whether one forecast scores better than another by more than chance; its p-value is given beside the skill."),
        new("dyad", "dyad", "dyads?", "A pair of opponents, such as the Government of Pakistan against the TTP."),
        new("event-study", "event study", "event stud(?:y|ies)", "A comparison of the weeks before and after many dates of one kind (ceasefire ends, the start of operations), allowing for the long-run trend and the season."),
        new("half-life", "half-life", "half-li(?:fe|ves)", "How long the extra risk an event sets off takes to fall by half."),
        new("hawkes", "Hawkes model", "Hawkes", "A model in which each event briefly raises the chance of more events (it is self-exciting), on top of a background rate; it tells the events set off by earlier ones from the rest."),
        new("interval", "interval", "intervals?", "The range the true value plausibly lies in, given the data: a 95% interval would hold it in 95 of 100 repetitions. A wide interval means the data say little; a claim is settled only when its whole interval lies on one side."),
        new("median", "median", "medians?", "The middle value: half the simulated outcomes lie below it and half above."),
        new("monte-carlo", "Monte Carlo", "Monte Carlo", "Simulating a model many times with random draws (from a fixed seed, so the results repeat) and reading off the spread of outcomes."),
        new("negative-binomial", "negative-binomial model", "negative-binomial|NB2", "A regression for counts that allows more ups and downs than pure chance would give, as conflict counts always show."),
        new("p-value", "p-value", "p-values?", "The chance of a result at least this strong if there were really no effect. Small (below 0.05) means chance is an unlikely explanation; it says nothing about how large the effect is."),
        new("placebo", "placebo test", "placebo", "The same comparison made on random dates that mean nothing: if the real dates do no better than random ones, the effect is not theirs."),
        new("rate-ratio", "rate ratio", "rate ratios?", "How many times higher the rate of events is in one period than in another: 1 is no difference, 2 twice as many, 0.5 half as many."),
        new("reported-figures", "reported figures", "reported figures?", "Totals that publishers (PICSS, PIPS, UCDP's yearly table) released themselves: counts per month or year, not individual events, each with its own definition of an attack."),
        new("skill", "skill", "skill", "How much better a forecast scores than the best baseline, as a share of the baseline's CRPS: positive is better, negative worse."),
        new("snapshot", "snapshot", "snapshots?", "A fingerprint (SHA-256) of exactly the data a result used: the same data always give the same snapshot, so every number can be traced and reproduced."),
        new("status-quo", "status quo", "status quo", "The simulation with no policy changed; every option is compared with it on the same simulated paths."),
        new("stream", "stream", "streams?", "A named selection of events that a model counts, listed in data/streams.csv: ttp is every event with the TTP or one of its factions or fronts as a side in Pakistan, baloch every event with a Baloch separatist group as a side, and so on."),
        new("time-rescaling", "time-rescaling test", "time-rescaling", "A check of the Hawkes model: if it is right, the gaps between events, measured in the rate it predicts, look like pure chance. D measures the departure; its p-value says whether it is more than chance."),
        new("verdict", "verdicts (supported, contradicted, inconclusive, not testable)", "inconclusive", "A claim is supported when its whole 95% interval lies on the side the claim expects, contradicted when it lies on the other side, inconclusive when it admits both, and not testable when the data do not cover what the claim is about."),
    ];

    // Text inside these elements is not linked: headings, code, links, preformatted notices and the head.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "head", "h1", "h2", "h3", "code", "a", "pre", "style", "title" };

    /// <summary>Links each term's first use in the text of <paramref name="html"/> to its glossary entry; returns the
    /// HTML and the terms used, in glossary order.</summary>
    public static string Link(string html, out IReadOnlyList<Term> used)
    {
        ArgumentNullException.ThrowIfNull(html);
        var found = new HashSet<Term>();
        var result = new StringBuilder(html.Length + 8192);
        var skip = 0;
        foreach (Match token in TokenPattern().Matches(html))
        {
            var text = token.Value;
            if (text[0] == '<')
            {
                if (TagPattern().Match(text) is { Success: true } tag && Skipped.Contains(tag.Groups[2].Value) && !text.EndsWith("/>", StringComparison.Ordinal))
                {
                    skip = Math.Max(0, skip + (tag.Groups[1].Value == "/" ? -1 : 1));
                }

                result.Append(text);
                continue;
            }

            result.Append(skip > 0 ? text : LinkText(text, found));
        }

        used = Terms.Where(found.Contains).ToList();
        return result.ToString();
    }

    /// <summary>The glossary section for the terms used (empty when none is).</summary>
    public static string Section(IReadOnlyList<Term> used)
    {
        ArgumentNullException.ThrowIfNull(used);
        if (used.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<h2 id=\"glossary\">Glossary</h2><p class=\"meta\">The terms this brief uses, in plain words; each is linked from its first use.</p><dl class=\"glossary\">");
        foreach (var term in used)
        {
            html.Append("<dt id=\"term-").Append(term.Id).Append("\">").Append(WebUtility.HtmlEncode(term.Name)).Append("</dt><dd>").Append(WebUtility.HtmlEncode(term.Definition)).Append("</dd>");
        }

        return html.Append("</dl>").ToString();
    }

    private static string LinkText(string text, HashSet<Term> found)
    {
        var hits = new List<(int Index, int Length, Term Term)>();
        foreach (var term in Terms.Where(t => !found.Contains(t)))
        {
            if (term.Regex.Match(text) is { Success: true } m)
            {
                hits.Add((m.Index, m.Length, term));
            }
        }

        if (hits.Count == 0)
        {
            return text;
        }

        var linked = new StringBuilder(text.Length + (hits.Count * 40));
        var at = 0;
        foreach (var (index, length, term) in hits.OrderBy(h => h.Index).ThenByDescending(h => h.Length))
        {
            if (index < at)
            {
                continue; // overlaps a term linked just before; it is linked at a later use
            }

            linked.Append(text, at, index - at).Append("<a class=\"term\" href=\"#term-").Append(term.Id).Append("\">").Append(text, index, length).Append("</a>");
            at = index + length;
            found.Add(term);
        }

        return linked.Append(text, at, text.Length - at).ToString();
    }

    [GeneratedRegex("<[^>]*>|[^<]+")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^<(/?)([A-Za-z0-9]+)")]
    private static partial Regex TagPattern();
}
