using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Crosscurrents.Core.Snapshots;

/// <summary>
/// The content hash of a set of events: names exactly the data a result used. Two results with the same snapshot
/// id were computed from identical events.
/// </summary>
/// <remarks>Events are named by <see cref="OfEvents"/>: an order-free combination of their content hashes (which
/// include the event id), so a store computes it with one aggregate in SQL and never has to send or sort the events.
/// Other data (reported figures, model inputs) are named by <see cref="Compute"/> over (key, value) pairs.</remarks>
/// <param name="Id">16 hex digits.</param>
/// <param name="EventCount">How many events it covers.</param>
public readonly record struct DataSnapshot(string Id, long EventCount)
{
    public override string ToString() => $"{Id} ({EventCount:N0} events)";

    /// <summary>The snapshot of a set of (event id, content hash) pairs; the order they come in does not matter.</summary>
    public static DataSnapshot Compute(IEnumerable<(string Id, string ContentHash)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var sorted = events.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return ComputeOrdered(sorted);
    }

    /// <summary>The snapshot of pairs that already come in ordinal id order (e.g. streamed from a store with
    /// <c>ORDER BY id</c>): hashed as they arrive, in constant memory.</summary>
    public static DataSnapshot ComputeOrdered(IEnumerable<(string Id, string ContentHash)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[256];
        long count = 0;
        foreach (var (id, contentHash) in events)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(id.Length + contentHash.Length + 2);
            if (buffer.Length < needed)
            {
                buffer = new byte[needed];
            }

            var n = Encoding.UTF8.GetBytes(id, buffer);
            buffer[n++] = (byte)'\t';
            n += Encoding.UTF8.GetBytes(contentHash, buffer.AsSpan(n));
            buffer[n++] = (byte)'\n';
            hash.AppendData(buffer, 0, n);
            count++;
        }

        return new DataSnapshot(Convert.ToHexStringLower(hash.GetHashAndReset())[..16], count);
    }

    /// <summary>The snapshot of a set of events from their content hashes (<c>EventContentHash</c>, 32 hex digits
    /// that cover the event's id and every field): the count, XOR and sum (mod 2^64) of each hash's first 60 bits,
    /// hashed with SHA-256. Order does not matter, duplicates are not expected (ids are unique).</summary>
    public static DataSnapshot OfEvents(IEnumerable<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        long count = 0;
        ulong xor = 0, sum = 0;
        foreach (var hash in contentHashes)
        {
            var key = EventKey(hash);
            count++;
            xor ^= key;
            sum = unchecked(sum + key);
        }

        return FromEventAggregates(count, xor, sum);
    }

    /// <summary>The snapshot from aggregates a store computed over <see cref="EventKey"/> of each event (SQL
    /// <c>count(*)</c>, <c>bit_xor</c>, <c>sum</c>); the sum may be given exactly and is taken mod 2^64.</summary>
    public static DataSnapshot FromEventAggregates(long count, long xor, BigInteger sum) =>
        FromEventAggregates(count, unchecked((ulong)xor), (ulong)(((sum % Modulus) + Modulus) % Modulus));

    /// <summary>The first 60 bits (15 hex digits) of an event content hash, the value the event contributes.</summary>
    public static ulong EventKey(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        if (contentHash.Length < KeyDigits || !ulong.TryParse(contentHash.AsSpan(0, KeyDigits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key))
        {
            throw new ArgumentException($"not an event content hash: '{contentHash}'", nameof(contentHash));
        }

        return key;
    }

    /// <summary>How many leading hex digits of a content hash make its key (SQL: <c>substr(content_hash, 1, 15)</c>).</summary>
    public const int KeyDigits = 15;

    private static readonly BigInteger Modulus = BigInteger.One << 64;

    private static DataSnapshot FromEventAggregates(long count, ulong xor, ulong sum)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"events\n{count}\n{xor:x16}\n{sum:x16}\n");
        return new DataSnapshot(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16], count);
    }
}
