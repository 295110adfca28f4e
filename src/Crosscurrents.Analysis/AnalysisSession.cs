using Crosscurrents.Core.Storage;

namespace Crosscurrents.Analysis;

/// <summary>An open store with its analysis context; disposing it closes the store.</summary>
public sealed class AnalysisSession : IDisposable
{
    internal AnalysisSession(IEventStore store, Workspace workspace)
    {
        Store = store;
        Context = new AnalysisContext(store, workspace);
    }

    public IEventStore Store { get; }

    public AnalysisContext Context { get; }

    public void Dispose() => Store.Dispose();
}
