using System.Text.Json;
using Crosscurrents.Analysis;

namespace Crosscurrents.Web.Internal;

/// <summary>
/// A result as the UTF-8 bytes of <see cref="ResultJson.Serialize{T}(T)"/>, written straight by the source-generated
/// serializer when it can be: <see cref="ResultJson"/> builds a node tree to replace each non-finite number with null
/// and a <c>nonFinite</c> note, which costs more than the query for a page of events. Its marker for such a number is
/// a string starting with U+0001, which the encoder always writes as <c>\u0001</c>; an answer without that escape has
/// nothing to replace and is the same bytes either way, and one with it (a real U+0001 in the data, too) goes the
/// long way.
/// </summary>
internal static class ResponseJson
{
    private static ReadOnlySpan<byte> ControlOne => "\\u0001"u8;

    public static byte[] Serialize<T>(T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, ResultJson.Options);
        return bytes.AsSpan().IndexOf(ControlOne) < 0 ? bytes : System.Text.Encoding.UTF8.GetBytes(ResultJson.Serialize(value));
    }
}
