using Npgsql;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>On 10 000 parcels: PostGIS tiles (ST_AsMVT) hold the same features as the embedded store's, from the GiST index.</summary>
public sealed class VectorTileParityTests(SyntheticParcelsFixture parcels) : IClassFixture<SyntheticParcelsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PostGisVectorTiles PostGisTiles() => new(
        PostGisStores.Contexts(parcels.ConnectionString),
        parcels.Geodata.Catalogue,
        PostGisStores.Startup(parcels.ConnectionString, parcels.Geodata));

    [Theory]
    [InlineData(10, 120.9, 27.95)]
    [InlineData(12, 120.9, 27.95)]
    [InlineData(14, 120.9, 27.95)]
    [InlineData(15, 121.15, 28.05)]
    public async Task BothStoresPutTheSameFeaturesInATile(int zoom, double lon, double lat)
    {
        var tile = WebMercatorQuad.TileAt(lon, lat, zoom);

        var embedded = Ids(await new EmbeddedVectorTiles(parcels.Embedded).GetTileAsync(SyntheticParcels.CollectionId, tile, Ct), tile);
        var postGis = Ids(await PostGisTiles().GetTileAsync(SyntheticParcels.CollectionId, tile, Ct), tile);

        Assert.NotEmpty(embedded);
        // A sliver in the buffer may survive one encoder's snapping and not the other's; inside the tile they agree.
        var inner = WebMercatorQuad.LonLatEnvelope(tile, bufferPixels: -VectorTileFormat.UnitsPerScreenPixel);
        var innerBox = GeometryFactories.LonLat.ToGeometry(inner);
        foreach (var id in new SortedSet<string>(embedded.Except(postGis).Concat(postGis.Except(embedded)), StringComparer.Ordinal))
        {
            var feature = await parcels.Embedded.GetAsync(SyntheticParcels.CollectionId, id, Ct);
            Assert.False(feature!.Geometry.Intersects(innerBox),
                $"{id} is inside tile {tile} but only in the {(embedded.Contains(id) ? "embedded" : "PostGIS")} tile");
        }

        Assert.True(embedded.Intersect(postGis).Count() >= 0.95 * embedded.Count, $"{embedded.Count} vs {postGis.Count}");
    }

    [Fact]
    public async Task FindsTheTilesRowsWithTheGistIndex()
    {
        _ = parcels.ConnectionString; // skips without a server
        await using var connection = new NpgsqlConnection(parcels.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = PostGisVectorTiles.CreateCommand(connection, SyntheticParcels.CollectionId,
            WebMercatorQuad.TileAt(120.9, 27.95, 14), "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ");
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(0));
        }

        Assert.True(plan.Any(l => l.Contains(FeatureRowConfiguration.GeometryIndexName, StringComparison.Ordinal)),
            "the plan does not use the GiST index:\n" + string.Join('\n', plan));
    }

    private static SortedSet<string> Ids(byte[]? bytes, TileIndex tile)
    {
        Assert.NotNull(bytes);
        if (bytes.Length == 0)
        {
            return [];
        }

        using var stream = new MemoryStream(bytes);
        var decoded = new NetTopologySuite.IO.VectorTiles.Mapbox.MapboxTileReader(GeometryFactories.LonLat)
            .Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.X, tile.Y, tile.Zoom));
        var layer = Assert.Single(decoded.Layers);
        Assert.Equal(SyntheticParcels.CollectionId, layer.Name);
        return new SortedSet<string>(layer.Features.Select(f => (string)f.Attributes["id"]), StringComparer.Ordinal);
    }
}
