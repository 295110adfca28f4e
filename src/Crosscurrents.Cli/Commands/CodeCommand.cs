using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Analysis.News;

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
            var paths = result.GetRequiredValue(files).Select(f => f.FullName).ToList();
            var json = CliContext.Json(result);
            var defaultDate = DateInput.Parse(result.GetValue(date), "--date", end: false);
            using var analysis = result.GetValue(import) ? context.Open(result, readOnly: false) : null;
            var reference = analysis?.Context ?? context.Reference(result);
            var coded = NewsAnalysis.Code(reference, paths, defaultDate, result.GetValue(all));
            var stored = analysis is null ? null : NewsAnalysis.Import(analysis.Context, coded, string.Join(", ", result.GetRequiredValue(files).Select(f => f.Name)));
            NewsView.WriteCoded(context.Out, context.Error, coded, stored, json);
            return coded.Errors.Count > 0 ? DocumentsFailedExitCode : 0;
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
            var scores = NewsAnalysis.Evaluate(context.Reference(result), result.GetRequiredValue(gold).FullName, result.GetValue(split)!);
            return context.Render(result, scores, (console, r) => NewsView.Write(console, r, result.GetValue(verbose)));
        });
        return command;
    }
}
