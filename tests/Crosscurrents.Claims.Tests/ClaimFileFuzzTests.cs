using System.Diagnostics;
using System.Text;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Claims.Tests;

/// <summary>
/// Seeded fuzzing of the claim parser with mutations of the shipped claim file and random YAML-ish text (issue 11):
/// it either returns claims whose values are in range or throws <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class ClaimFileFuzzTests
{
    private static readonly string[] Hostile =
    [
        "\0", "\"", "'", ":", ": ", "- ", "\n", "\n  ", "\n    ", "[", "]", "{", "}", "&a ", "*a", "? ", "!!map ", "!!binary ", "%YAML 1.1\n",
        "---\n", "...\n", "#", "0", "-1", "0000", "9999", ".nan", ".inf", "1e400", "~", "null", "window: 0", "window: -7", "from: 0000", "\t", "\uFEFF",
    ];

    [Fact]
    public void Load_HostileYaml_ReturnsValidClaimsOrAnInvalidDataException()
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"));
        var random = new Random(2024);
        var clock = Stopwatch.StartNew();
        int cases = 0, loaded = 0;
        using var dir = new TempDirectory();
        var path = dir.File("fuzz.yaml");
        while (clock.Elapsed < TimeSpan.FromSeconds(3) || cases < 50)
        {
            cases++;
            var text = new StringBuilder(random.Next(10) == 0 ? "claims:\n" : shipped);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(4))
                {
                    case 0 when at < text.Length:
                        text.Remove(at, Math.Min(text.Length - at, random.Next(1, 30)));
                        break;
                    case 1 when at < text.Length:
                        text[at] = (char)random.Next(0, 0x250);
                        break;
                    default:
                        text.Insert(at, Hostile[random.Next(Hostile.Length)]);
                        break;
                }
            }

            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            try
            {
                var claims = ClaimFile.Load(path, SyntheticWorld.Streams, RepositoryData.Actors, RepositoryData.Places);
                loaded++;
                Assert.All(claims, c =>
                {
                    var window = c switch { AfterVsBeforeClaim a => a.Window, DetersClaim d => d.Window, RegroupClaim r => r.Window, _ => 1 };
                    Assert.InRange(window, 1, ClaimFile.MaxWindow);
                    Assert.True(c.From is null || c.From >= ClaimFile.EarliestDate);
                    Assert.True(c.To is null || c.To <= ClaimFile.LatestDate);
                });
            }
            catch (InvalidDataException ex)
            {
                Assert.Contains("fuzz.yaml", ex.Message, StringComparison.Ordinal);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {cases}: {ex}\n{text}");
            }
        }

        Assert.True(loaded > 0, "some mutations must still load, or the fuzzing only tests the YAML syntax check");
    }
}
