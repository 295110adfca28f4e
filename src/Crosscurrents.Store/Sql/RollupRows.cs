using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Store.Sql;

/// <summary>
/// The rows <see cref="EventRollupSql.Rebuild"/> would add for a set of events, summed as the events are written, so
/// that an import of a dataset the store did not hold adds its rollup rows without a second pass over the events.
/// </summary>
/// <remarks>
/// The same arithmetic as the SQL: the piece (week within month) of <c>date_start</c>, the eleven group columns (nulls group together),
/// <c>sum(best)</c>, <c>sum(least(low, best))</c>, <c>sum(greatest(high, best))</c>, the first and last day, and the
/// XOR and exact sum of each event's 60-bit snapshot key. A store contract test holds it equal to the rebuild.
/// </remarks>
internal sealed class RollupRows
{
    private readonly Dictionary<Group, Totals> _rows = [];

    /// <summary>The group columns of a rollup row, in the table's order after <c>date_start</c>.</summary>
    public readonly record struct Group(DateOnly Piece, string Country, string? Province, string? District, string? SourceProvince, string? SourceDistrict,
        string SideA, string? SideAActor, string SideB, string? SideBActor, int ViolenceType, string Dataset)
    {
        /// <summary>XxHash3 over the fields, chained: a third of the cost of the default (Marvin per string) on this path.</summary>
        public override int GetHashCode()
        {
            var h = Mix((ulong)(uint)Piece.DayNumber * 16 + (ulong)ViolenceType, Country);
            h = Mix(Mix(Mix(Mix(h, Province), District), SourceProvince), SourceDistrict);
            h = Mix(Mix(Mix(Mix(Mix(h, SideA), SideAActor), SideB), SideBActor), Dataset);
            return (int)h ^ (int)(h >> 32);
        }

        private static ulong Mix(ulong seed, string? text) => text is null
            ? (seed + 1) * 0x9E3779B97F4A7C15
            : System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()), unchecked((long)seed));
    }

    /// <summary>The summed columns of a rollup row.</summary>
    public sealed class Totals
    {
        public long Events { get; set; }

        public long Best { get; set; }

        public long Low { get; set; }

        public long High { get; set; }

        public DateOnly First { get; set; } = DateOnly.MaxValue;

        public DateOnly Last { get; set; } = DateOnly.MinValue;

        public long KeyXor { get; set; }

        public Int128 KeySum { get; set; }
    }

    public int Count => _rows.Count;

    public IEnumerable<KeyValuePair<Group, Totals>> Rows => _rows;

    /// <summary>Adds an event written with <paramref name="contentHash"/>.</summary>
    public void Add(ConflictEvent e, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Place;
        var group = new Group(EventRollupSql.PieceStart(e.DateStart), p.Country, p.Province, p.District, p.SourceProvince, p.SourceDistrict,
            e.SideA.Name, e.SideA.ActorId, e.SideB.Name, e.SideB.ActorId, (int)e.ViolenceType, e.Source.Dataset);
        if (!_rows.TryGetValue(group, out var totals))
        {
            totals = new Totals();
            _rows.Add(group, totals);
        }

        var f = e.Fatalities;
        var key = (long)DataSnapshot.EventKey(contentHash);
        totals.Events++;
        totals.Best += f.Best;
        totals.Low += Math.Min(f.Low, f.Best);
        totals.High += Math.Max(f.High, f.Best);
        totals.First = e.DateStart < totals.First ? e.DateStart : totals.First;
        totals.Last = e.DateStart > totals.Last ? e.DateStart : totals.Last;
        totals.KeyXor ^= key;
        totals.KeySum += key;
    }
}
