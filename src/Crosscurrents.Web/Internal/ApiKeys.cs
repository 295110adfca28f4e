using System.Security.Cryptography;
using System.Text;

namespace Crosscurrents.Web.Internal;

/// <summary>What a key may do: readers read (as everyone on loopback may), analysts also import, admins everything.</summary>
public enum ApiRole
{
    Reader = 0,
    Analyst = 1,
    Admin = 2,
}

/// <summary>
/// API keys, stored hashed: one line per key, <c>name,role,sha256-hex</c>, in a file beside the database. A key is 32
/// random bytes, so a plain SHA-256 suffices (nothing to guess); comparisons are constant-time.
/// </summary>
public static class ApiKeys
{
    /// <summary>The header that carries a key (<c>Authorization: Bearer KEY</c> works too).</summary>
    public const string Header = "X-Api-Key";

    /// <summary>Creates a key for <paramref name="name"/> with <paramref name="role"/>, stores its hash and returns the key
    /// (shown once; it cannot be recovered from the file).</summary>
    public static string Create(string file, string name, ApiRole role)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => c is ',' or '\n' or '\r' || char.IsControl(c)))
        {
            throw new Core.UsageException($"--add-key '{name}': give a name without commas or control characters");
        }

        var key = "cc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.AppendAllText(file, $"{name.Trim()},{role.ToString().ToLowerInvariant()},{Hash(key)}\n");
        return key;
    }

    /// <summary>The name and role of a key, or null when the file does not hold it.</summary>
    public static (string Name, ApiRole Role)? Find(string file, string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200 || !File.Exists(file))
        {
            return null;
        }

        var hash = Encoding.ASCII.GetBytes(Hash(key));
        (string, ApiRole)? found = null;
        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split(',');
            if (parts.Length == 3 && Enum.TryParse<ApiRole>(parts[1], ignoreCase: true, out var role)
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2].Trim()), hash))
            {
                found = (parts[0], role);
            }
        }

        return found;
    }

    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
