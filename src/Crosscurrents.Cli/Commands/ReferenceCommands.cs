using Crosscurrents.Analysis.Reference;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>actors</c>, <c>places</c> and <c>periods</c>: list the registry, the gazetteer and the timeline.</summary>
internal static class ReferenceCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        var actors = new Command("actors", "List the actor registry: canonical actors, their parent group, role and aliases.");
        actors.SetAction(result => context.Render(result, ReferenceAnalysis.Actors(context.Reference(result)), ReferenceView.Write));
        var places = new Command("places", "List the gazetteer: provinces and districts, coordinates, former (pre-2018 FATA) names.");
        places.SetAction(result => context.Render(result, ReferenceAnalysis.Places(context.Reference(result)), ReferenceView.Write));
        var kind = new Option<string>("--kind") { Description = "Only this kind (ceasefire, negotiation, military_operation, cross_border_strike, ...)" };
        var periods = new Command("periods", "List the timeline: ceasefires, talks, operations, strikes, regime changes.") { kind };
        periods.SetAction(result => context.Render(result, ReferenceAnalysis.Periods(context.Reference(result), result.GetValue(kind)), ReferenceView.Write));
        return [actors, places, periods];
    }
}
