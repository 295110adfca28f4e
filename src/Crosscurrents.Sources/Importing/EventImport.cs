using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Sources.Importing;

/// <summary>
/// Runs one import: streams a file through its importer into the store inside one transaction, appends rejected
/// records to the rejects file and reports what happened.
/// </summary>
public static class EventImport
{
    /// <summary>How many rejections the summary carries for display (all of them go to the rejects file).</summary>
    public const int RejectionsShown = 20;

    private const int BlockSize = 1024;

    public static ImportSummary Run(
        string path,
        IEventImporter importer,
        IEventStore store,
        ImportContext context,
        string rejectsPath,
        TimeProvider time,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(context);
        var startedAt = time.GetUtcNow();
        var encoding = context.Encoding ?? TextEncodings.Detect(path);
        context = context with { Encoding = encoding };
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var hashing = new HashingReadStream(file);
        var batchId = startedAt.ToString("yyyyMMdd'T'HHmmss.fff", CultureInfo.InvariantCulture) + "-" +
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

        var rejections = new List<Rejection>();
        var unresolved = new Dictionary<string, long>(StringComparer.Ordinal);
        long read = 0;
        DateOnly? firstDay = null, lastDay = null;
        var countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kinds = new HashSet<Core.Events.ViolenceType>();
        var fixedDataset = importer.FixedDataset(context);
        string dataset = fixedDataset ?? importer.Format, version = context.DatasetVersion ?? "unknown";

        // The file hash and the counts are known only at the end; the batch is completed at commit.
        var batch = new ImportBatch(batchId, Path.GetFullPath(path), "", importer.Format, dataset, version, startedAt) { DatasetFixed = fixedDataset is not null };
        using var session = store.BeginImport(batch);

        // Two stages on two threads: parsing, validation and name resolution in one, writing to the store in the
        // other, joined by a bounded queue so memory stays flat however large the file.
        using var queue = new BlockingCollection<ImportRecord[]>(boundedCapacity: 16);
        using var cancel = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                // Records travel in blocks so the two threads synchronise once per block, not once per record.
                var block = new List<ImportRecord>(BlockSize);
                foreach (var record in importer.Read(hashing, context, progress))
                {
                    block.Add(record);
                    if (block.Count == BlockSize)
                    {
                        queue.Add([.. block], cancel.Token);
                        block.Clear();
                    }
                }

                queue.Add([.. block], cancel.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        try
        {
            foreach (var record in queue.GetConsumingEnumerable().SelectMany(block => block))
            {
                read++;
                if (record.Event is { } e)
                {
                    dataset = e.Source.Dataset;
                    version = e.Source.Version;
                    Count(unresolved, e.SideA);
                    Count(unresolved, e.SideB);
                    firstDay = firstDay is { } f && f <= e.DateStart ? f : e.DateStart;
                    lastDay = lastDay is { } l && l >= e.DateStart ? l : e.DateStart;
                    countries.Add(e.Place.Country);
                    kinds.Add(e.ViolenceType);
                    session.Add(e);
                }
                else
                {
                    rejections.Add(record.Rejection!);
                }
            }
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
        finally
        {
            try
            {
                // Rethrows a reading failure (unwrapped) once the writer has drained the queue.
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // The writer failed first; its exception is the one that propagates.
            }
        }

        var fileHash = hashing.HashHex();
        var coverage = Core.Coverage.CoverageRules.Derive(importer.Format, dataset, new Core.Coverage.ImportObservation(firstDay, lastDay, countries, kinds), context.Coverage);
        // The store keeps the rejects with the batch (committed or discarded with it); a DuckDB store also writes the file.
        foreach (var r in rejections)
        {
            session.Reject(new StoredRejection(batchId, r.File, r.Line, r.Field, r.Reason, r.Record));
        }

        var counts = session.Commit(batch with
        {
            FileSha256 = fileHash, Dataset = dataset, DatasetVersion = version, Read = read, Rejected = rejections.Count, Coverage = coverage, DropMissing = context.DropMissing,
        });
        RejectsFile.Append(rejectsPath, batchId, rejections);
        var links = Linking.EventLinker.Relink(store, context.Actors);
        return new ImportSummary(batchId, importer.Format, dataset, version, fileHash, read, counts, rejections.Count,
            rejections.Take(RejectionsShown).ToList(), unresolved, rejections.Count > 0 && rejectsPath.Length > 0 ? rejectsPath : null)
        {
            Coverage = coverage,
            Links = links,
            Encoding = TextEncodings.Describe(encoding),
        };
    }

    private static void Count(Dictionary<string, long> unresolved, Core.Events.ActorMention side)
    {
        if (!side.IsResolved && side.Name.Length > 0)
        {
            unresolved[side.Name] = unresolved.GetValueOrDefault(side.Name) + 1;
        }
    }
}

/// <summary>What an import did.</summary>
/// <param name="BatchId">The batch id, stored with every event it wrote.</param>
/// <param name="Format">The format the file was read as.</param>
/// <param name="Dataset">The dataset the events carry.</param>
/// <param name="DatasetVersion">The release.</param>
/// <param name="FileSha256">SHA-256 of the file's bytes.</param>
/// <param name="Read">Records in the file (the HXL tag row and the header are not records).</param>
/// <param name="Counts">Imported, updated and unchanged events.</param>
/// <param name="Rejected">Records refused; each is in the rejects file.</param>
/// <param name="FirstRejections">The first rejections, for display.</param>
/// <param name="UnresolvedSides">Side names the registry does not know, with how many events use them.</param>
/// <param name="RejectsPath">The rejects file, when anything was rejected.</param>
public sealed record ImportSummary(
    string BatchId,
    string Format,
    string Dataset,
    string DatasetVersion,
    string FileSha256,
    long Read,
    ImportCounts Counts,
    long Rejected,
    IReadOnlyList<Rejection> FirstRejections,
    IReadOnlyDictionary<string, long> UnresolvedSides,
    string? RejectsPath)
{
    /// <summary>What the import covers, as derived by its format's rule or stated by the user.</summary>
    public Core.Coverage.DatasetCoverage? Coverage { get; init; }

    /// <summary>The store's cross-dataset links after the import.</summary>
    public Linking.LinkReport? Links { get; init; }

    /// <summary>The text encoding the file was read with (given, or detected).</summary>
    public string Encoding { get; init; } = "utf-8";
}
