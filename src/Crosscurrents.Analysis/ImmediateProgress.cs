namespace Crosscurrents.Analysis;

/// <summary>Reports on the caller's thread, at once and in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
public sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
