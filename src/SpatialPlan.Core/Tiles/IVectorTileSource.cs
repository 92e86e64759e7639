namespace SpatialPlan.Core.Tiles;

/// <summary>
/// Mapbox Vector Tiles of a store's collections (<see cref="VectorTileFormat"/>): each feature that meets the
/// buffered tile, clipped to it, with its id (<see cref="VectorTileFormat.IdProperty"/>) and its text, number and
/// boolean properties. The embedded and the PostGIS store each have one.
/// </summary>
public interface IVectorTileSource
{
    /// <summary>The encoded tile; an empty array when no feature is drawn in it; null for an unknown collection.
    /// The tile must be <see cref="TileIndex.IsValid"/>.</summary>
    Task<byte[]?> GetTileAsync(string collectionId, TileIndex tile, CancellationToken cancellationToken);
}
