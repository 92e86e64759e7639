using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Storage.Bulkhead;

/// <summary>A tile source whose every tile takes a slot of the <see cref="StoreBulkhead"/>.</summary>
public sealed class BulkheadVectorTiles(IVectorTileSource inner, StoreBulkhead bulkhead) : IVectorTileSource
{
    public Task<byte[]?> GetTileAsync(string collectionId, TileIndex tile, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.GetTileAsync(collectionId, tile, cancellationToken), cancellationToken);
}
