using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace Crosscurrents.Web.Internal;

/// <summary>What a job is doing: running (with its stage and fraction), or finished (succeeded, failed, cancelled).</summary>
internal enum JobStatus
{
    [JsonStringEnumMemberName("running")]
    Running,
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,
    [JsonStringEnumMemberName("failed")]
    Failed,
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}

/// <summary>A job as the API shows it.</summary>
internal sealed record JobInfo(string Id, string Kind, JobStatus Status, string? Stage, double Fraction, DateTimeOffset Started, DateTimeOffset? Finished, string? Error, string Result, string Events);

/// <summary>One progress event of a job's server-sent stream.</summary>
internal sealed record JobProgress(string Stage, double Fraction);

/// <summary>The host's own JSON (job status, not analysis results), in the same style as <c>ResultJson</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, WriteIndented = true)]
[JsonSerializable(typeof(JobInfo))]
[JsonSerializable(typeof(JobProgress))]
internal sealed partial class WebJsonContext : JsonSerializerContext;

/// <summary>
/// Long work as jobs: started by a POST, followed by polling or server-sent events, cancelled by DELETE. At most
/// <see cref="MaxRunning"/> run at once and the last <see cref="MaxKept"/> are kept; results stay in memory only.
/// </summary>
internal sealed class Jobs(AnalysisHost host, TimeProvider time) : IDisposable
{
    public const int MaxRunning = 2;

    public const int MaxKept = 32;

    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);

    /// <summary>Starts the work, or returns null when <see cref="MaxRunning"/> jobs are running already.</summary>
    public Job? Start<T>(string kind, Func<Analysis.AnalysisContext, Func<CancellationToken, IProgress<(string Stage, double Fraction)>>, CancellationToken, T> run, Func<T, string> write)
    {
        if (_jobs.Values.Count(j => j.Status == JobStatus.Running) >= MaxRunning)
        {
            return null;
        }

        foreach (var old in _jobs.Values.Where(j => j.Status != JobStatus.Running).OrderByDescending(j => j.Started).Skip(MaxKept - 1))
        {
            if (_jobs.TryRemove(old.Id, out var removed))
            {
                removed.Dispose();
            }
        }

        var job = new Job(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)), kind, time.GetUtcNow());
        _jobs[job.Id] = job;
        job.Work = Task.Run(async () =>
        {
            try
            {
                var result = await host.Long(run, job.Cancel.Token, job).ConfigureAwait(false);
                job.Finish(JobStatus.Succeeded, write(result), null, time.GetUtcNow());
            }
            catch (OperationCanceledException)
            {
                job.Finish(JobStatus.Cancelled, null, "cancelled", time.GetUtcNow());
            }
            catch (Exception ex) when (ex is Core.UsageException or WorkTimeoutException or ArgumentException { ParamName: null })
            {
                job.Finish(JobStatus.Failed, null, QueryValues.AsParameters(ex.Message), time.GetUtcNow());
            }
#pragma warning disable CA1031 // a job's failure is its state, shown to the client; the host keeps running
            catch (Exception ex)
#pragma warning restore CA1031
            {
                job.Finish(JobStatus.Failed, null, $"internal error ({ex.GetType().Name})", time.GetUtcNow());
            }
        });
        return job;
    }

    public Job? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            job.Cancel.Cancel();
            job.Dispose();
        }
    }

    /// <summary>A job's state; progress reports update it.</summary>
    internal sealed class Job(string id, string kind, DateTimeOffset started) : IProgress<(string Stage, double Fraction)>, IDisposable
    {
        private readonly Lock _gate = new();

        public string Id { get; } = id;

        public string Kind { get; } = kind;

        public DateTimeOffset Started { get; } = started;

        public CancellationTokenSource Cancel { get; } = new();

        public Task Work { get; set; } = Task.CompletedTask;

        public JobStatus Status { get; private set; } = JobStatus.Running;

        public string? Stage { get; private set; }

        public double Fraction { get; private set; }

        public string? Result { get; private set; }

        public string? Error { get; private set; }

        public DateTimeOffset? Finished { get; private set; }

        public void Report((string Stage, double Fraction) value)
        {
            lock (_gate)
            {
                Stage = value.Stage;
                Fraction = double.IsFinite(value.Fraction) ? Math.Clamp(value.Fraction, 0, 1) : Fraction;
            }
        }

        public void Finish(JobStatus status, string? result, string? error, DateTimeOffset at)
        {
            lock (_gate)
            {
                Status = status;
                Result = result;
                Error = error;
                Finished = at;
                if (status == JobStatus.Succeeded)
                {
                    Fraction = 1;
                }
            }
        }

        public JobInfo Info()
        {
            lock (_gate)
            {
                return new JobInfo(Id, Kind, Status, Stage, Fraction, Started, Finished, Error, $"/api/jobs/{Id}/result", $"/api/jobs/{Id}/events");
            }
        }

        public void Dispose() => Cancel.Dispose();
    }
}
