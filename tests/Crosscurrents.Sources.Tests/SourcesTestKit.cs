using System.Text;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests;

/// <summary>Runs an importer over text or a file and collects what it makes.</summary>
internal static class SourcesTestKit
{
    public static ImportContext Context(string path, string? version = null, string? dataset = null) =>
        new(path, RepositoryData.Actors, RepositoryData.Places, version, dataset);

    public static List<ImportRecord> ReadText(IEventImporter importer, string csv, string fileName = "test.csv")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return importer.Read(stream, Context(fileName)).ToList();
    }

    public static List<ImportRecord> ReadFile(IEventImporter importer, string path, string? version = null)
    {
        using var stream = File.OpenRead(path);
        return importer.Read(stream, Context(path, version)).ToList();
    }
}
