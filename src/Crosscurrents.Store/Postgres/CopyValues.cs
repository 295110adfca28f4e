using Npgsql;
using NpgsqlTypes;

namespace Crosscurrents.Store.Postgres;

/// <summary>Writes nullable values to a binary COPY row (a null is written as NULL, not as a typed default).</summary>
internal static class CopyValues
{
    public static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    public static void Date(NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is { } d)
        {
            copy.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            copy.WriteNull();
        }
    }

    public static void Small(NpgsqlBinaryImporter copy, int value) => copy.Write((short)value, NpgsqlDbType.Smallint);
}
