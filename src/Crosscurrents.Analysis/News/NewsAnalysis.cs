using System.Text.Json;
using Crosscurrents.Core;
using Crosscurrents.Sources.News;

namespace Crosscurrents.Analysis.News;

/// <summary>What coding a batch of reports gave: the events, and an error record for each document that failed.</summary>
public sealed record CodeResult(int Documents, IReadOnlyList<CodedEvent> Events, IReadOnlyList<NewsError> Errors);

/// <summary>What storing coded events did.</summary>
public sealed record NewsImportResult(string Batch, long Imported, long Updated, long Unchanged, int Coded);

/// <summary>The coder's scores on one split of a gold set.</summary>
public sealed record CodeEvalResult(string Split, string Gold, NewsScores Scores);

/// <summary>Codes news reports into events, stores them, and scores the coder against gold sets.</summary>
public static class NewsAnalysis
{
    /// <summary>
    /// Codes every document of every file, each on its own: one that cannot be read or coded becomes an error record
    /// and the batch goes on. Background events (mentioned in passing) are kept only when asked for.
    /// </summary>
    public static CodeResult Code(AnalysisContext context, IReadOnlyList<string> files, DateOnly? defaultDate, bool includeBackground)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var coder = Coder(context);
        var coded = new List<CodedEvent>();
        var errors = new List<NewsError>();
        var documents = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file}: file not found", file);
            }

            foreach (var read in NewsReader.ReadAll(file, defaultDate))
            {
                documents++;
                if (read.Error is { } readError)
                {
                    errors.Add(readError);
                    continue;
                }

                var (events, codeError) = coder.TryCode(read.Document!, file);
                if (codeError is not null)
                {
                    errors.Add(codeError);
                }

                coded.AddRange(events.Where(e => includeBackground || !e.Background));
            }
        }

        return new CodeResult(documents, coded, errors);
    }

    /// <summary>Stores coded events as the source 'news', merging reports of the same event.</summary>
    public static NewsImportResult Import(AnalysisContext context, CodeResult coded, string label)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(coded);
        var (batch, counts) = NewsImport.Run(coded.Events, context.Store, context.Time, label, context.Actors);
        return new NewsImportResult(batch, counts.Imported, counts.Updated, counts.Unchanged, coded.Events.Count);
    }

    /// <summary>Scores the coder on the documents of one split (tune, test or all) of a gold JSONL file.</summary>
    public static CodeEvalResult Evaluate(AnalysisContext context, string gold, string split)
    {
        ArgumentNullException.ThrowIfNull(context);
        var documents = NewsEvaluation.InSplit(NewsEvaluation.LoadGold(gold), split);
        if (documents.Count == 0)
        {
            throw new UsageException($"--split '{split}': no documents in that split (use tune, test or all)");
        }

        return new CodeEvalResult(split, gold, NewsEvaluation.Score(Coder(context), documents));
    }

    /// <summary>A coded event or an error record as one JSON line, in the snake_case field names of the gold sets
    /// (a data format, like a CSV header: the coder's output can be compared with gold line by line).</summary>
    public static string Line(CodedEvent coded) => JsonSerializer.Serialize(coded, Options);

    /// <inheritdoc cref="Line(CodedEvent)"/>
    public static string Line(NewsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return JsonSerializer.Serialize(new NewsErrorLine(new NewsErrorRecord(error.File, error.Line, error.DocId, error.Stage, error.Message)), Options);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private static NewsCoder Coder(AnalysisContext context) =>
        new(NewsDictionaries.Load(context.Workspace.DataDirectory, context.Actors, context.Places));

    private sealed record NewsErrorLine(NewsErrorRecord Error);

    private sealed record NewsErrorRecord(string File, int? Line, string DocId, string Stage, string Message);
}
