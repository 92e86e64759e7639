using NetTopologySuite.Features;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// Vector tiles of the embedded store: the collection's STRtree gives the features near the buffered tile, each is
/// clipped and simplified for the zoom (<see cref="TileGeometry"/>) and NetTopologySuite.IO.VectorTiles encodes them.
/// </summary>
public sealed class EmbeddedVectorTiles(GeoJsonStore store) : IVectorTileSource
{
    public Task<byte[]?> GetTileAsync(string collectionId, TileIndex tile, CancellationToken cancellationToken)
    {
        var candidates = store.EnvelopeCandidates(collectionId, WebMercatorQuad.LonLatEnvelope(tile, VectorTileFormat.Buffer));
        return Task.FromResult(candidates is null ? null : Encode(collectionId, tile, candidates, cancellationToken));
    }

    private static byte[] Encode(string collectionId, TileIndex tile, IEnumerable<PlanFeature> candidates, CancellationToken cancellationToken)
    {
        var geometry = new TileGeometry(tile);
        var layer = new Layer { Name = collectionId };
        foreach (var feature in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (geometry.Prepare(feature.Geometry) is { } prepared)
            {
                layer.Features.Add(new Feature(prepared, TileProperties(feature)));
            }
        }

        if (layer.Features.Count == 0)
        {
            return [];
        }

        var vectorTile = new VectorTile { TileId = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.X, tile.Y, tile.Zoom).Id };
        vectorTile.Layers.Add(layer);
        using var buffer = new MemoryStream();
        // No culling by the writer: TileGeometry drops what is under a pixel, by the same rule as the PostGIS source.
        vectorTile.Write(buffer, minLinealExtent: 0, minPolygonalExtent: 0, VectorTileFormat.Extent, VectorTileFormat.IdProperty);
        return buffer.ToArray();
    }

    /// <summary>Text, number and boolean properties (MVT values have no arrays or objects), then the feature id.</summary>
    private static AttributesTable TileProperties(PlanFeature feature)
    {
        var table = new AttributesTable();
        foreach (var name in feature.Attributes.GetNames())
        {
            if (name != VectorTileFormat.IdProperty && feature.Attributes[name] is string or long or int or double or bool)
            {
                table.Add(name, feature.Attributes[name]);
            }
        }

        table.Add(VectorTileFormat.IdProperty, feature.Id);
        return table;
    }
}
