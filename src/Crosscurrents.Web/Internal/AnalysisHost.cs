using System.Collections.Concurrent;
using Crosscurrents.Analysis;
using Microsoft.AspNetCore.Http;

namespace Crosscurrents.Web.Internal;

/// <summary>
/// Opens the workspace's store for each request (read-only, or alone for an import) and writes the analysis layer's
/// result with <see cref="ResultJson"/>. With a DuckDB file the host holds a write connection for as long as it runs
/// (<see cref="Prepare"/>): the requests' connections share its database, imports go through <c>POST /api/import</c>,
/// and another process that opens the file is told that <c>crosscurrents serve</c> holds it (issue 17).
/// </summary>
internal sealed class AnalysisHost(WebServerOptions options, TimeProvider time) : IDisposable
{
    /// <summary>Long work (a fit): one at a time, the others wait in the rate limiter's queue.</summary>
    private readonly SemaphoreSlim _heavy = new(1, 1);

    /// <summary>Quick queries at once (the others wait their turn): the store's read-only connections share one DuckDB
    /// database and its memory cap, which a crowd of concurrent scans exhausts (an out-of-memory 500 under load).</summary>
    public static readonly int MaxQuickQueries = Math.Max(2, Environment.ProcessorCount);

    private readonly SemaphoreSlim _quick = new(MaxQuickQueries, MaxQuickQueries);

    public const string JsonType = "application/json; charset=utf-8";

    public WebServerOptions Options { get; } = options;

    public Workspace Workspace { get; } = new(options.DatabasePath, options.DataDirectory)
    {
        LoadShippedData = options.LoadShippedData,
        Time = time,
        Command = "crosscurrents serve",
        ServerUrl = options.Urls,
    };

    /// <summary>The write connection held while the host runs (a DuckDB file only; a PostgreSQL server has many writers).</summary>
    private IDisposable? _held;

    /// <summary>Creates the store (with the shipped data unless declined) before the first request; a DuckDB file is
    /// then held open for writing until the host stops. Opened first, it makes every later connection of this process
    /// share a writable database: DuckDB.NET opens a file once per process, read-only if the first open was.</summary>
    public void Prepare() => _held ??= Workspace.Hold();

    private readonly StoreLock _lock = new();

    /// <summary>Read sessions between requests: opening a store (a DuckDB connection and its settings, or a PostgreSQL
    /// data source and its first connection) and loading the reference data cost more than most queries. Only open
    /// connections and the workspace's reference files are kept, never a result: every query still reads the store.</summary>
    private readonly ConcurrentBag<AnalysisSession> _idle = [];

    /// <summary>Bumped by each write: a session opened before it is closed, not reused.</summary>
    private int _generation;

    /// <summary>How many writes this host has made to the store since it started; a result computed before a write is
    /// never served after it (<see cref="StoreResultsCache"/> keys its entries by this number).</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Whether every write to the store goes through this host, so that <see cref="Generation"/> changes with
    /// the store: true once <see cref="Prepare"/> holds a DuckDB file for writing. A PostgreSQL server has other writers,
    /// and a host that was not prepared shares its file with other processes; their results are never kept.</summary>
    public bool OnlyWriter => _held is not null;

    /// <summary>Whether answers are kept (<see cref="StoreResultsCache"/>): the host is the only writer and the options allow it.</summary>
    public bool KeepsAnswers => OnlyWriter && Options.KeepAnswers;

    /// <summary>The store, read-only, shared with other reads.</summary>
    public StoreLease Open()
    {
        var held = _lock.Read();
        try
        {
            var generation = Volatile.Read(ref _generation);
            return new StoreLease(_idle.TryTake(out var idle) ? idle : Workspace.Open(readOnly: true), held, session => Return(session, generation));
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>The store, read-write, alone (reads wait until it is closed).</summary>
    public StoreLease OpenForWrite()
    {
        var held = _lock.Write();
        try
        {
            // No read is running: the idle sessions close (DuckDB will not open a file read-write in a process that has
            // it open read-only), and sessions opened before the write are not reused after it.
            Interlocked.Increment(ref _generation);
            CloseIdle();
            return new StoreLease(Workspace.Open(readOnly: false), held, session => session.Dispose());
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    private void Return(AnalysisSession session, int generation)
    {
        if (generation == Volatile.Read(ref _generation) && _idle.Count < MaxIdleSessions)
        {
            _idle.Add(session);
        }
        else
        {
            session.Dispose();
        }
    }

    /// <summary>Enough for the quick queries and a few streams or long jobs beside them.</summary>
    private static int MaxIdleSessions => MaxQuickQueries + 2;

    private void CloseIdle()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>The API keys file: beside the database unless the options say otherwise.</summary>
    public string KeysFile => Options.KeysFile ?? Workspace.DatabasePath + ".keys";

    /// <summary>The reference data (registry, gazetteer, timeline, streams) without a store.</summary>
    public AnalysisContext Reference() => new(null, Workspace, Workspace.Time);

    /// <summary>Runs a quick analysis and writes its result as JSON (at most <see cref="MaxQuickQueries"/> at once).</summary>
    public IResult Json<T>(Func<AnalysisContext, T> run, string contentType = JsonType)
    {
        ArgumentNullException.ThrowIfNull(run);
        _quick.Wait();
        try
        {
            using var session = Open();
            return Results.Bytes(ResponseJson.Serialize(session.Run(run)), contentType);
        }
        finally
        {
            _quick.Release();
        }
    }

    /// <summary>
    /// Runs long work off the request thread, one at a time, cancelled when the client goes away or
    /// <see cref="WebServerOptions.FitTimeout"/> passes: the answer comes at once, and the work stops at its next
    /// progress report.
    /// </summary>
    public async Task<T> Long<T>(Func<AnalysisContext, Func<CancellationToken, IProgress<(string Stage, double Fraction)>>, CancellationToken, T> run, CancellationToken aborted,
        IProgress<(string Stage, double Fraction)>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(Options.FitTimeout);
        var token = timeout.Token;
        try
        {
            await _heavy.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw new WorkTimeoutException(Options.FitTimeout);
        }

        // The work holds the slot until it really ends; the caller stops waiting as soon as it is cancelled (the work
        // itself stops at its next progress report: the models report at stage boundaries).
        var work = Task.Run(() =>
        {
            try
            {
                using var session = Open();
                return session.Run(c => run(c, t => new CancellingProgress(t, observe), token));
            }
            finally
            {
                _heavy.Release();
            }
        }, CancellationToken.None);
        try
        {
            return await work.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw new WorkTimeoutException(Options.FitTimeout);
        }
    }

    public void Dispose()
    {
        CloseIdle();
        _held?.Dispose();
        _heavy.Dispose();
        _quick.Dispose();
    }

    /// <summary>Progress that stops the work (by throwing at its next report) once the token is cancelled.</summary>
    private sealed class CancellingProgress(CancellationToken token, IProgress<(string Stage, double Fraction)>? observe) : IProgress<(string Stage, double Fraction)>
    {
        public void Report((string Stage, double Fraction) value)
        {
            token.ThrowIfCancellationRequested();
            observe?.Report(value);
        }
    }
}

/// <summary>An open store and the lock that lets it be open; disposing releases both (the session goes back to the host's
/// idle sessions unless work on it failed).</summary>
internal sealed class StoreLease(AnalysisSession session, IDisposable held, Action<AnalysisSession> release) : IDisposable
{
    private bool _failed;
    private int _disposed;

    public AnalysisContext Context => session.Context;

    /// <summary>Runs work on the session; if it throws, the session is closed rather than reused.</summary>
    public T Run<T>(Func<AnalysisContext, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work(session.Context);
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Closes the session instead of reusing it (work on it stopped midway).</summary>
    public void Discard() => _failed = true;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (_failed)
            {
                session.Dispose();
            }
            else
            {
                release(session);
            }
        }
        finally
        {
            held.Dispose();
        }
    }
}

/// <summary>Long work that ran out of time: a 503 problem that says what to try.</summary>
internal sealed class WorkTimeoutException(TimeSpan limit)
    : Exception($"the work took longer than {limit.TotalSeconds:0} s and was cancelled; try fewer streams, a shorter span, fewer bootstrap replications or --trend-knots 0");
