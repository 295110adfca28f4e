using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Sources.News;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents code FILES</c>: code news reports into events; <c>code eval GOLD</c>: score the coder.</summary>
internal static class CodeCommand
{
    /// <summary>The exit code when some documents could not be read or coded (the rest were).</summary>
    public const int DocumentsFailedExitCode = 3;

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "News reports: .jsonl records {id, date, title, text, url}, .txt or .html files", Arity = ArgumentArity.OneOrMore };
        var date = new Option<string>("--date") { Description = "Publication date (yyyy-MM-dd) for .txt/.html files without one" };
        var import = new Option<bool>("--import") { Description = "Store the coded events as the source 'news', merging reports of the same event" };
        var all = new Option<bool>("--include-background") { Description = "Also output earlier events mentioned in passing (flagged background)" };
        var command = new Command("code", "Code English news reports into events, with the words each field came from.") { files, date, import, all };
        command.Subcommands.Add(CreateEval(context));
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var coder = Coder(workspace);
            var defaultDate = FilterOptions.Date(result.GetValue(date), "--date", end: false);
            var coded = new List<CodedEvent>();
            var errors = new List<NewsError>();
            var documents = 0;
            foreach (var file in result.GetRequiredValue(files))
            {
                if (!file.Exists)
                {
                    throw new FileNotFoundException($"{file.FullName}: file not found", file.FullName);
                }

                // Each document on its own: one that cannot be read or coded becomes an error record and the batch goes on.
                foreach (var read in NewsReader.ReadAll(file.FullName, defaultDate))
                {
                    documents++;
                    if (read.Error is { } readError)
                    {
                        errors.Add(readError);
                        continue;
                    }

                    var (events, codeError) = coder.TryCode(read.Document!, file.FullName);
                    if (codeError is not null)
                    {
                        errors.Add(codeError);
                    }

                    coded.AddRange(events.Where(e => result.GetValue(all) || !e.Background));
                }
            }

            foreach (var error in errors)
            {
                context.Error.WriteLine(CliContext.Json(result)
                    ? JsonSerializer.Serialize(new { error = new { file = error.File, line = error.Line, docId = error.DocId, stage = error.Stage, message = error.Message } }, NewsJson.Options)
                    : $"error: {error}");
            }

            if (result.GetValue(import))
            {
                using var store = workspace.OpenStore();
                var summary = NewsImport.Run(coded, store, context.Time, string.Join(", ", result.GetRequiredValue(files).Select(f => f.Name)), workspace.LoadActors());
                context.Error.WriteLine($"imported {summary.Counts.Imported} news events, updated {summary.Counts.Updated}, unchanged {summary.Counts.Unchanged} (from {coded.Count} coded events; batch {summary.BatchId})");
            }

            if (CliContext.Json(result) || !result.GetValue(import))
            {
                foreach (var e in coded)
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(e, NewsJson.Options));
                }
            }

            if (errors.Count > 0)
            {
                context.Error.WriteLine($"{errors.Count} of {documents} documents failed (listed above); the others were coded");
                return DocumentsFailedExitCode;
            }

            return 0;
        });
        return command;
    }

    private static Command CreateEval(CliContext context)
    {
        var gold = new Argument<FileInfo>("gold") { Description = "Gold JSONL: reports with their events and a split (tune/test), or a dev-set gold.jsonl with docs.jsonl beside it" };
        var split = new Option<string>("--split") { Description = "tune, test or all", DefaultValueFactory = _ => "test" };
        var verbose = new Option<bool>("--errors") { Description = "List every disagreement" };
        var command = new Command("eval", "Score the coder against a gold set: detection P/R/F1, type, district, deaths and date accuracy.") { gold, split, verbose };
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var coder = Coder(workspace);
            var which = result.GetValue(split)!;
            var documents = NewsEvaluation.InSplit(NewsEvaluation.LoadGold(result.GetRequiredValue(gold).FullName), which);
            if (documents.Count == 0)
            {
                throw new UsageException($"--split '{which}': no documents in that split (use tune, test or all)");
            }

            var scores = NewsEvaluation.Score(coder, documents);
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new { split = which, scores }));
                return 0;
            }

            var c = CultureInfo.InvariantCulture;
            var table = new Table().AddColumns("measure", "value");
            table.AddRow("documents", scores.Documents.ToString(c));
            table.AddRow("gold events / coded events / matched", $"{scores.GoldEvents} / {scores.CodedEvents} / {scores.Matched}");
            table.AddRow("detection precision", scores.Precision.ToString("0.000", c));
            table.AddRow("detection recall", scores.Recall.ToString("0.000", c));
            table.AddRow("detection F1", scores.F1.ToString("0.000", c));
            table.AddRow("event type accuracy", scores.TypeAccuracy.ToString("0.000", c));
            table.AddRow("district accuracy", scores.DistrictAccuracy.ToString("0.000", c));
            table.AddRow("fatality exact match", scores.FatalityExactMatch.ToString("0.000", c));
            table.AddRow("date accuracy", scores.DateAccuracy.ToString("0.000", c));
            table.AddRow("perpetrator accuracy", scores.Actor1Accuracy.ToString("0.000", c));
            table.AddRow("injured exact match / crashes", $"{scores.InjuredExactMatch.ToString("0.000", c)} / {scores.Crashes}");
            context.Console.MarkupLineInterpolated($"News coder on the [bold]{which}[/] split of {result.GetRequiredValue(gold).Name}");
            context.Console.Write(table);
            if (result.GetValue(verbose))
            {
                foreach (var error in scores.Errors)
                {
                    context.Console.WriteLine(error);
                }
            }

            return 0;
        });
        return command;
    }

    private static NewsCoder Coder(Workspace workspace) =>
        new(NewsDictionaries.Load(workspace.DataDirectory, workspace.LoadActors(), workspace.LoadPlaces()));
}

/// <summary>JSON for coded events: snake_case field names as the news-coder documentation gives them.</summary>
internal static class NewsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
