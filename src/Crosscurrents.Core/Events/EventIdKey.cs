using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Crosscurrents.Core.Events;

/// <summary>
/// A 128-bit key of an event id (XxHash128 of its UTF-16 code units), for the sets of ids an import keeps: a set of
/// keys holds 16 bytes an id, where a set of the id strings would keep every id alive (about 3× the memory).
/// </summary>
/// <remarks>Two different ids share a key with probability about n²/2^129: 10^-23 for 10^8 ids.</remarks>
public static class EventIdKey
{
    public static UInt128 Of(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));
    }
}
