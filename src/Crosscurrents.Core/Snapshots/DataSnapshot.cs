using System.Security.Cryptography;
using System.Text;

namespace Crosscurrents.Core.Snapshots;

/// <summary>
/// The content hash of a set of events: names exactly the data a result used. Two results with the same snapshot
/// id were computed from identical events.
/// </summary>
/// <param name="Id">First 16 hex digits of a SHA-256 over the events' ids and content hashes, in ordinal id order.</param>
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
}
