using System.Net;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Web.Tests.ExtraCollections;

namespace SpatialPlan.Web.Tests.Tiles;

/// <summary>
/// <c>/ogc/collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}</c> on both stores, with the small extra collection
/// (p1 at 120.905–120.906°E, 27.955–27.956°N) as the read-only collection.
/// </summary>
public abstract class VectorTileEndpointTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private static readonly TileIndex TileOfP1 = WebMercatorQuad.TileAt(120.9055, 27.9555, 14);
    private readonly HttpClient _client;

    protected VectorTileEndpointTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Url(string collectionId, TileIndex tile) =>
        $"/ogc/collections/{collectionId}/tiles/WebMercatorQuad/{tile.Zoom}/{tile.Y}/{tile.X}";

    [Fact]
    public async Task ServesAMapboxVectorTileWithOneLayerNamedAfterTheCollection()
    {
        var response = await _client.GetAsync(Url(ExtraCollectionFile.Id, TileOfP1), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(VectorTileFormat.MediaType, response.Content.Headers.ContentType?.MediaType);
        var tile = Decode(await response.Content.ReadAsByteArrayAsync(Ct), TileOfP1);
        var layer = Assert.Single(tile.Layers);
        Assert.Equal(ExtraCollectionFile.Id, layer.Name);
        var feature = Assert.Single(layer.Features);
        Assert.Equal("p1", feature.Attributes["id"]);
        Assert.Equal("farmland", feature.Attributes["landuse"]);
        Assert.IsAssignableFrom<Polygon>(feature.Geometry);
    }

    [Fact]
    public async Task KeepsEveryCornerWithinAPixelOfTheSource()
    {
        var tile = WebMercatorQuad.TileAt(120.9055, 27.9555, 12); // holds all of p1
        var bytes = await _client.GetByteArrayAsync(Url(ExtraCollectionFile.Id, tile), Ct);

        var decoded = Decode(bytes, tile).Layers[0].Features[0].Geometry.EnvelopeInternal;
        var screenPixel = WebMercatorQuad.LonLatEnvelope(tile).Width / 256;
        Assert.Equal(120.905, decoded.MinX, screenPixel);
        Assert.Equal(120.906, decoded.MaxX, screenPixel);
        Assert.Equal(27.955, decoded.MinY, screenPixel);
        Assert.Equal(27.956, decoded.MaxY, screenPixel);
    }

    [Fact]
    public async Task ClipsAFeatureCrossingTheTileEdgeToTheBuffer()
    {
        // p1 reaches 27.956°N, past this tile's top edge (27.9556°N) and its 64-unit buffer.
        var bytes = await _client.GetByteArrayAsync(Url(ExtraCollectionFile.Id, TileOfP1), Ct);

        var decoded = Decode(bytes, TileOfP1).Layers[0].Features[0].Geometry.EnvelopeInternal;
        var buffered = WebMercatorQuad.LonLatEnvelope(TileOfP1, VectorTileFormat.Buffer);
        Assert.Equal(buffered.MaxY, decoded.MaxY, WebMercatorQuad.LonLatEnvelope(TileOfP1).Width / 256);
        Assert.Equal(27.955, decoded.MinY, WebMercatorQuad.LonLatEnvelope(TileOfP1).Width / 256);
    }

    [Fact]
    public async Task AnswersNoContentForATileWithoutFeatures()
    {
        var response = await _client.GetAsync(Url(ExtraCollectionFile.Id, WebMercatorQuad.TileAt(120.7, 27.85, 14)), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task LetsBrowsersKeepReadOnlyTilesAndRevalidatesWithTheETag()
    {
        var first = await _client.GetAsync(Url(ExtraCollectionFile.Id, TileOfP1), Ct);
        Assert.Contains("max-age=", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, Url(ExtraCollectionFile.Id, TileOfP1));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task MakesBrowsersRevalidateTilesOfTheWritableCollection()
    {
        var response = await _client.GetAsync(Url("built-up", WebMercatorQuad.TileAt(120.9, 27.95, 10)), Ct);

        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("23/0/0", "z")]
    [InlineData("-1/0/0", "z")]
    [InlineData("a/0/0", "z")]
    [InlineData("3/8/0", "y")]
    [InlineData("3/0/8", "x")]
    [InlineData("14/0/-1", "x")]
    public async Task RejectsATileOutsideTheMatrixSetNamingTheParameter(string zyx, string parameter)
    {
        var problem = await HttpAssert.IsProblem(
            await _client.GetAsync($"/ogc/collections/{ExtraCollectionFile.Id}/tiles/WebMercatorQuad/{zyx}", Ct), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownCollection()
    {
        await HttpAssert.IsProblem(await _client.GetAsync("/ogc/collections/nope/tiles/WebMercatorQuad/0/0/0", Ct), HttpStatusCode.NotFound);
    }

    private static NetTopologySuite.IO.VectorTiles.VectorTile Decode(byte[] bytes, TileIndex tile)
    {
        using var stream = new MemoryStream(bytes);
        return new MapboxTileReader(GeometryFactories.LonLat)
            .Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.X, tile.Y, tile.Zoom));
    }
}

public sealed class VectorTileEndpointTestsWithEmbeddedStore(ExtraCollectionAppFactory factory)
    : VectorTileEndpointTests<ExtraCollectionAppFactory>(factory);

public sealed class VectorTileEndpointTestsWithPostGis(ExtraCollectionPostGisAppFactory factory)
    : VectorTileEndpointTests<ExtraCollectionPostGisAppFactory>(factory);
