using System.Diagnostics;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Benchmarks;

internal static class PhaseProbe
{
    public static int Run(string file)
    {
        var actors = ActorRegistry.Load(Path.Combine(RepositoryData.DataDirectory, "actors"));
        var places = Gazetteer.Load(Path.Combine(RepositoryData.DataDirectory, "places", "gazetteer.csv"));
        using var s = File.OpenRead(file);
        var events = new UcdpGedImporter().Read(s, new ImportContext(file, actors, places)).Take(500_000).Select(r => r.Event!).ToList();
        foreach (var path in new[] { "/tmp/probe1.duckdb", "/tmp/probe2.duckdb" })
        {
            File.Delete(path);
            using var store = DuckDbEventStore.Open(path);
            var w = Stopwatch.StartNew();
            var batch = new ImportBatch("b", file, "", "x", "x", "x", TimeProvider.System.GetUtcNow());
            using var session = store.BeginImport(batch);
            foreach (var e in events)
            {
                session.Add(e);
            }

            Console.WriteLine($"append 500k: {w.Elapsed.TotalSeconds:0.00}s");
            w.Restart();
            session.Commit(batch);
            Console.WriteLine($"commit 500k: {w.Elapsed.TotalSeconds:0.00}s");
        }

        return 0;
    }
}
