namespace Crosscurrents.Web.Internal;

/// <summary>
/// Reads share the store; an import has it alone (DuckDB will not open a file read-write in a process that has it open
/// read-only). Not thread-affine, so a read opened on one thread may end on another (a streamed CSV).
/// </summary>
internal sealed class StoreLock
{
    private readonly object _gate = new();
    private int _readers;
    private bool _writing;

    public IDisposable Read()
    {
        lock (_gate)
        {
            while (_writing)
            {
                Monitor.Wait(_gate);
            }

            _readers++;
        }

        return new Release(() =>
        {
            lock (_gate)
            {
                if (--_readers == 0)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        });
    }

    public IDisposable Write()
    {
        lock (_gate)
        {
            while (_writing)
            {
                Monitor.Wait(_gate);
            }

            _writing = true;
            while (_readers > 0)
            {
                Monitor.Wait(_gate);
            }
        }

        return new Release(() =>
        {
            lock (_gate)
            {
                _writing = false;
                Monitor.PulseAll(_gate);
            }
        });
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                release();
            }
        }
    }
}
