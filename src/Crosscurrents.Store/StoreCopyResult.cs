using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Store;

/// <summary>What a copy moved, with the snapshots of both stores (equal when the copy succeeded).</summary>
/// <param name="From">The original's data snapshot.</param>
/// <param name="To">The copy's data snapshot.</param>
/// <param name="Batches">Imports copied.</param>
/// <param name="HistoryRows">History rows copied.</param>
/// <param name="Rejections">Rejected records copied.</param>
public sealed record StoreCopyResult(DataSnapshot From, DataSnapshot To, int Batches, int HistoryRows, int Rejections);
