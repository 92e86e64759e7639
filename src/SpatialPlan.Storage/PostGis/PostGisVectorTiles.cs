using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Vector tiles of the PostGIS store, made by the database in one statement (<c>ST_AsMVT</c> over
/// <c>ST_AsMVTGeom</c>): the bbox filter transforms the buffered tile to lon/lat, never the column, so the GiST index
/// picks the rows; only those are transformed to Web Mercator and clipped. Lines and polygons under a screen
/// pixel are left out, by the same rule as the embedded store.
/// </summary>
public sealed class PostGisVectorTiles(
    IDbContextFactory<SpatialPlanDbContext> contexts, LayerCatalogue catalogue, PostGisStartup startup) : IVectorTileSource
{
    /// <summary>The statement, with parameters @collection, @z, @x, @y, @margin, @pixel, @extent, @buffer.</summary>
    public const string TileSql = """
        WITH tile AS (SELECT ST_TileEnvelope(@z, @x, @y) AS box),
        candidates AS (
            SELECT f.feature_id, f.properties, ST_Transform(f.geometry, 3857) AS g
            FROM features f
            WHERE f.collection_id = @collection
              AND f.geometry && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => @margin), 4326)
        ),
        mvt AS (
            SELECT ST_AsMVTGeom(c.g, tile.box, @extent, @buffer, true) AS geom,
                   (c.properties - 'id') || jsonb_build_object('id', c.feature_id) AS properties
            FROM candidates c, tile
            WHERE ST_Dimension(c.g) = 0 OR ST_XMax(c.g) - ST_XMin(c.g) >= @pixel OR ST_YMax(c.g) - ST_YMin(c.g) >= @pixel
        )
        SELECT ST_AsMVT(mvt, @collection, @extent, 'geom') FROM mvt WHERE geom IS NOT NULL
        """;

    public async Task<byte[]?> GetTileAsync(string collectionId, TileIndex tile, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is null)
        {
            return null;
        }

        await startup.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand((NpgsqlConnection)db.Database.GetDbConnection(), collectionId, tile);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[] ?? [];
    }

    /// <summary>The tile statement with its parameters bound, for the tile and for EXPLAIN in the tests.</summary>
    public static NpgsqlCommand CreateCommand(NpgsqlConnection connection, string collectionId, TileIndex tile, string prefix = "")
    {
        var command = new NpgsqlCommand(prefix + TileSql, connection);
        command.Parameters.AddWithValue("collection", collectionId);
        command.Parameters.AddWithValue("z", tile.Zoom);
        command.Parameters.AddWithValue("x", tile.X);
        command.Parameters.AddWithValue("y", tile.Y);
        command.Parameters.AddWithValue("margin", (double)VectorTileFormat.Buffer / VectorTileFormat.Extent);
        command.Parameters.AddWithValue("pixel", WebMercatorQuad.MetresPerScreenPixel(tile.Zoom));
        command.Parameters.AddWithValue("extent", VectorTileFormat.Extent);
        command.Parameters.AddWithValue("buffer", VectorTileFormat.Buffer);
        return command;
    }
}
