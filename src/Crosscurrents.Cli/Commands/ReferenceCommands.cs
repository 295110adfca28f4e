using Crosscurrents.Analysis;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>actors</c>, <c>places</c> and <c>periods</c>: list the registry, the gazetteer and the timeline.</summary>
internal static class ReferenceCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        var actors = new Command("actors", "List the actor registry: canonical actors, their parent group, role and aliases.");
        actors.SetAction(result =>
        {
            var registry = context.Workspace(result).LoadActors();
            var rows = registry.Actors.Select(a => new
            {
                id = a.Id,
                name = a.Name,
                parent = a.ParentId,
                role = a.Role,
                country = a.Country,
                aliases = registry.Aliases.Where(x => x.ActorId == a.Id)
                    .Select(x => new { source = x.Source, alias = x.Name, validFrom = x.ValidFrom, validTo = x.ValidTo }).ToList(),
                description = a.Description,
            }).ToList();
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(rows));
                return 0;
            }

            var table = new Table().AddColumns("id", "name", "parent", "role", "aliases");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.id), Markup.Escape(r.name), Markup.Escape(r.parent ?? ""), r.role,
                    Markup.Escape(string.Join("; ", r.aliases.Select(a => a.source == "*" ? a.alias : $"{a.source}: {a.alias}"))));
            }

            context.Console.Write(table);
            return 0;
        });

        var places = new Command("places", "List the gazetteer: provinces and districts, coordinates, former (pre-2018 FATA) names.");
        places.SetAction(result =>
        {
            var gazetteer = context.Workspace(result).LoadPlaces();
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(gazetteer.Places));
                return 0;
            }

            var c = CultureInfo.InvariantCulture;
            var table = new Table().AddColumns("country", "level", "province", "name", "lat", "lon", "former name", "aliases");
            foreach (var p in gazetteer.Places)
            {
                table.AddRow(p.Country, p.Level, Markup.Escape(p.Province), Markup.Escape(p.Name),
                    p.Latitude?.ToString("0.000", c) ?? "", p.Longitude?.ToString("0.000", c) ?? "",
                    Markup.Escape(p.FormerName ?? ""), Markup.Escape(string.Join("; ", p.Aliases)));
            }

            context.Console.Write(table);
            return 0;
        });

        var kind = new Option<string>("--kind") { Description = "Only this kind (ceasefire, negotiation, military_operation, cross_border_strike, ...)" };
        var periods = new Command("periods", "List the timeline: ceasefires, talks, operations, strikes, regime changes.") { kind };
        periods.SetAction(result =>
        {
            var timeline = context.Workspace(result).LoadTimeline();
            var list = result.GetValue(kind) is { } k ? timeline.OfKind(k).ToList() : timeline.Periods.ToList();
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(list));
                return 0;
            }

            var c = CultureInfo.InvariantCulture;
            var table = new Table().AddColumns("start", "end", "kind", "description");
            foreach (var p in list)
            {
                table.AddRow(p.Start.ToString("yyyy-MM-dd", c), p.End?.ToString("yyyy-MM-dd", c) ?? "(unknown)", p.Kind, Markup.Escape(p.Description));
            }

            context.Console.Write(table);
            return 0;
        });

        return [actors, places, periods];
    }
}
