using System.Globalization;
using Npgsql;

namespace Crosscurrents.Store.Postgres;

/// <summary>Turns what the user typed (a connection string or a <c>postgres://</c> URL) into an Npgsql connection string.</summary>
public static class PostgresConnection
{
    /// <summary>The Npgsql connection string for a connection string or a <c>postgres://user:password@host:port/db?options</c> URL.</summary>
    /// <exception cref="Core.Storage.StoreException">The text is neither.</exception>
    public static string ToConnectionString(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var text = location.Trim();
        try
        {
            if (!text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                return new NpgsqlConnectionStringBuilder(text).ConnectionString;
            }

            var uri = new Uri(text);
            var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (uri.Port > 0)
            {
                builder.Port = uri.Port;
            }

            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }

            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length > 1)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                var key = Uri.UnescapeDataString(kv[0]);
                var value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }

            return builder.ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            throw new Core.Storage.StoreException($"--db: not a readable PostgreSQL connection string (Host=...;Database=...) or URL (postgres://user@host/db): {ex.Message}", ex);
        }
    }

    /// <summary>The location without its password, for messages.</summary>
    public static string Describe(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ToConnectionString(location));
            builder.Remove("Password");
            return string.Create(CultureInfo.InvariantCulture, $"postgresql {builder.Username ?? ""}@{builder.Host}:{builder.Port}/{builder.Database}");
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or FormatException or KeyNotFoundException or Core.Storage.StoreException)
        {
            return "postgresql (unreadable connection string)";
        }
    }
}
