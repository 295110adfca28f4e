using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Crosscurrents.Core.Events;

/// <summary>
/// A hash of what an event says (dates, place, sides, type, deaths, provenance), not of where or when it was
/// imported. Re-importing an unchanged event gives the same hash, so the store can tell unchanged from updated.
/// </summary>
/// <remarks>
/// XxHash128 over the fields' UTF-8 bytes, each field closed by a unit separator (0x1F) and a missing value written
/// as 0x1E, so that field boundaries and null-versus-empty are part of what is hashed. Not a security hash: it
/// detects change, it does not resist forgery.
/// </remarks>
public static class EventContentHash
{
    private const byte FieldEnd = 0x1F;
    private const byte Missing = 0x1E;

    public static string Compute(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var writer = new Writer(stackalloc byte[512]);
        try
        {
            var p = e.Place;
            var f = e.Fatalities;
            writer.Text(e.Id);
            writer.Text(e.Source.Dataset);
            writer.Text(e.Source.SourceId);
            writer.Int(e.DateStart.DayNumber);
            writer.Int(e.DateEnd.DayNumber);
            writer.Int((int)e.DatePrecision);
            writer.Text(p.Country);
            writer.Text(p.Province);
            writer.Text(p.District);
            writer.Text(p.PlaceName);
            writer.Text(p.SourceProvince);
            writer.Text(p.SourceDistrict);
            writer.Double(p.Latitude);
            writer.Double(p.Longitude);
            writer.Int(p.Precision);
            writer.Text(e.SideA.Name);
            writer.Text(e.SideA.ActorId);
            writer.Text(e.SideB.Name);
            writer.Text(e.SideB.ActorId);
            writer.Int((int)e.ViolenceType);
            writer.Text(e.EventType);
            writer.Int(f.Low);
            writer.Int(f.Best);
            writer.Int(f.High);
            writer.Int(f.SideA);
            writer.Int(f.SideB);
            writer.Int(f.Civilians);
            writer.Int(f.Unknown);
            writer.Text(e.SourceText);
            Span<byte> digest = stackalloc byte[16];
            XxHash128.Hash(writer.Written, digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Appends fields to a stack buffer, moving to a pooled array when a long field needs more room.</summary>
    private ref struct Writer(Span<byte> initial)
    {
        private Span<byte> _buffer = initial;
        private byte[]? _rented;
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

        public void Text(string? value)
        {
            if (value is null)
            {
                Byte(Missing);
            }
            else
            {
                Ensure(Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
                _length += Encoding.UTF8.GetBytes(value, _buffer[_length..]);
            }

            Byte(FieldEnd);
        }

        public void Int(int? value)
        {
            if (value is { } v)
            {
                Ensure(12);
                v.TryFormat(_buffer[_length..], out var n, provider: CultureInfo.InvariantCulture);
                _length += n;
            }
            else
            {
                Byte(Missing);
            }

            Byte(FieldEnd);
        }

        public void Double(double? value)
        {
            if (value is { } v)
            {
                Ensure(32);
                v.TryFormat(_buffer[_length..], out var n, "R", CultureInfo.InvariantCulture);
                _length += n;
            }
            else
            {
                Byte(Missing);
            }

            Byte(FieldEnd);
        }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }
        }

        private void Byte(byte b)
        {
            Ensure(1);
            _buffer[_length++] = b;
        }

        private void Ensure(int extra)
        {
            if (_length + extra <= _buffer.Length)
            {
                return;
            }

            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
            _buffer[.._length].CopyTo(bigger);
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }

            _rented = bigger;
            _buffer = bigger;
        }
    }
}
