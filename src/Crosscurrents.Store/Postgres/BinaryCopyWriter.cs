using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Crosscurrents.Store.Postgres;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format straight into a byte buffer sent through Npgsql's raw copy stream.
/// </summary>
/// <remarks>
/// Npgsql's <see cref="NpgsqlBinaryImporter"/> resolves a converter for every value; at 32 values a row that was most
/// of an import's client time. The format is simple and fixed (PostgreSQL docs, "COPY: Binary Format"): a signature
/// and two zero words, then per row a 16-bit field count and per field a 32-bit length (−1 for NULL) and the value in
/// network byte order, then a −1 trailer. The types written here are the ones the event tables use.
/// </remarks>
internal sealed class BinaryCopyWriter : IAsyncDisposable
{
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly int Epoch = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long TimestampEpoch = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = new byte[1 << 20];
    private int _length;
    private bool _completed;

    private BinaryCopyWriter(NpgsqlRawCopyStream stream)
    {
        _stream = stream;
        Signature.CopyTo(_buffer, 0);
        _length = Signature.Length + 8; // flags and header-extension length, both zero
    }

    /// <summary>Starts <c>COPY ... FROM STDIN (FORMAT BINARY)</c> on the connection.</summary>
    public static async Task<BinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copyCommand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stream = await connection.BeginRawBinaryCopyAsync(copyCommand, cancellationToken).ConfigureAwait(false);
        return new BinaryCopyWriter(stream);
    }

    public void StartRow(int fields)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), (short)fields);
        _length += 2;
    }

    public void Null()
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), -1);
        _length += 4;
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        Ensure(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), written);
        _length += 4 + written;
    }

    public void Date(DateOnly? value)
    {
        if (value is { } d)
        {
            BinaryPrimitives.WriteInt32BigEndian(Value(4), d.DayNumber - Epoch);
        }
        else
        {
            Null();
        }
    }

    public void Small(int value) => BinaryPrimitives.WriteInt16BigEndian(Value(2), checked((short)value));

    public void Int(int? value)
    {
        if (value is { } n)
        {
            BinaryPrimitives.WriteInt32BigEndian(Value(4), n);
        }
        else
        {
            Null();
        }
    }

    public void Bigint(long value) => BinaryPrimitives.WriteInt64BigEndian(Value(8), value);

    public void Double(double? value)
    {
        if (value is { } x)
        {
            BinaryPrimitives.WriteDoubleBigEndian(Value(8), x);
        }
        else
        {
            Null();
        }
    }

    /// <summary>A <c>timestamptz</c>: microseconds since 2000-01-01 00:00 UTC.</summary>
    public void Timestamp(DateTimeOffset value) =>
        BinaryPrimitives.WriteInt64BigEndian(Value(8), (value.UtcTicks - TimestampEpoch) / TimeSpan.TicksPerMicrosecond);

    /// <summary>Writes a fixed-size field's length and returns the room for its bytes.</summary>
    private Span<byte> Value(int length)
    {
        Ensure(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), length);
        var room = _buffer.AsSpan(_length + 4, length);
        _length += 4 + length;
        return room;
    }

    /// <summary>An event's columns, id through source_text, in the order of the event columns (30 fields).</summary>
    public void Event(Core.Events.ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Place;
        var f = e.Fatalities;
        Text(e.Id);
        Text(e.Source.Dataset);
        Text(e.Source.Version);
        Text(e.Source.SourceId);
        Date(e.DateStart);
        Date(e.DateEnd);
        Small((int)e.DatePrecision);
        Text(p.Country);
        Text(p.Province);
        Text(p.District);
        Text(p.PlaceName);
        Text(p.SourceProvince);
        Text(p.SourceDistrict);
        Double(p.Latitude);
        Double(p.Longitude);
        Int(p.Precision);
        Text(e.SideA.Name);
        Text(e.SideA.ActorId);
        Text(e.SideB.Name);
        Text(e.SideB.ActorId);
        Small((int)e.ViolenceType);
        Text(e.EventType);
        Int(f.Low);
        Int(f.Best);
        Int(f.High);
        Int(f.SideA);
        Int(f.SideB);
        Int(f.Civilians);
        Int(f.Unknown);
        Text(e.SourceText);
    }

    /// <summary>The number of fields <see cref="Event"/> writes.</summary>
    public const int EventFields = 30;

    /// <summary>Writes the trailer and ends the COPY; the rows become part of the connection's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
        _length = 0;
        _completed = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Cancels a COPY that was not completed (the server discards its rows).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        try
        {
            await _stream.CancelAsync().ConfigureAwait(false);
        }
        finally
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Ensure(int bytes)
    {
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }

        _stream.Write(_buffer, 0, _length);
        _length = 0;
        if (bytes > _buffer.Length)
        {
            _buffer = new byte[Math.Max(bytes, _buffer.Length * 2)];
        }
    }
}
