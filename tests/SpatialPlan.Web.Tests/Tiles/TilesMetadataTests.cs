using System.Globalization;
using System.Net;
using System.Text.Json;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Tiles;

/// <summary>
/// OGC API – Tiles metadata, followed link by link as a client does (collection → tilesets-vector → tileset →
/// tiling-scheme and the tile template), TileJSON, and the MapLibre style generated from the catalogue.
/// </summary>
public class TilesMetadataTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Json(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static string Link(JsonElement document, string rel, string? type = null) =>
        document.GetProperty("links").EnumerateArray()
            .Single(l => l.GetProperty("rel").GetString() == rel && (type is null || l.GetProperty("type").GetString() == type))
            .GetProperty("href").GetString()!;

    [Fact]
    public async Task LeadsFromTheCollectionToATileWithData()
    {
        var collection = await Json("/ogc/collections/plan-zones");

        var tilesets = await Json(Link(collection, "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", "application/json"));
        var entry = tilesets.GetProperty("tilesets").EnumerateArray().Single();
        Assert.Equal("vector", entry.GetProperty("dataType").GetString());
        Assert.Equal("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", entry.GetProperty("tileMatrixSetURI").GetString());
        var tileset = await Json(Link(entry, "self", "application/json"));
        var scheme = await Json(Link(tileset, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", "application/json"));
        var template = Link(tileset, "item", "application/vnd.mapbox-vector-tile");

        Assert.Equal("http://www.opengis.net/def/crs/EPSG/0/3857", scheme.GetProperty("crs").GetString());
        var limit = tileset.GetProperty("tileMatrixSetLimits").EnumerateArray().Single(l => l.GetProperty("tileMatrix").GetString() == "12");
        var (row, column) = ((limit.GetProperty("minTileRow").GetInt32() + limit.GetProperty("maxTileRow").GetInt32()) / 2,
            (limit.GetProperty("minTileCol").GetInt32() + limit.GetProperty("maxTileCol").GetInt32()) / 2);
        var tile = await _client.GetAsync(template.Replace("{tileMatrix}", "12", StringComparison.Ordinal)
            .Replace("{tileRow}", row.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{tileCol}", column.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", tile.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DefinesWebMercatorQuadInTms2AndThe10MembersOlderClientsRead()
    {
        var list = await Json("/ogc/tileMatrixSets");
        var definition = await Json(Link(list.GetProperty("tileMatrixSets").EnumerateArray().Single(), "self"));

        var matrices = definition.GetProperty("tileMatrices").EnumerateArray().ToList();
        var legacy = definition.GetProperty("tileMatrix").EnumerateArray().ToList();
        Assert.Equal("WebMercatorQuad", definition.GetProperty("id").GetString());
        Assert.Equal("TileMatrixSetType", definition.GetProperty("type").GetString());
        Assert.Equal(23, matrices.Count);
        Assert.Equal(matrices.Count, legacy.Count);
        Assert.Equal(1, matrices[0].GetProperty("matrixWidth").GetInt32());
        Assert.Equal(559082264.028717, matrices[0].GetProperty("scaleDenominator").GetDouble(), 1e-3);
        for (var z = 1; z < matrices.Count; z++)
        {
            Assert.Equal(2.0, matrices[z - 1].GetProperty("scaleDenominator").GetDouble() / matrices[z].GetProperty("scaleDenominator").GetDouble(), 1e-12);
            Assert.Equal(1 << z, matrices[z].GetProperty("matrixWidth").GetInt32());
        }
    }

    [Fact]
    public async Task ServesTileJsonWhoseTemplateGivesTiles()
    {
        var tileset = await Json("/ogc/collections/land/tiles/WebMercatorQuad");
        var tilejson = await Json(Link(tileset, "alternate", "application/vnd.mapbox.tile+json"));

        Assert.Equal("3.0.0", tilejson.GetProperty("tilejson").GetString());
        Assert.Equal("land", tilejson.GetProperty("vector_layers")[0].GetProperty("id").GetString());
        var tile = WebMercatorTileAt(120.93, 27.95, 10);
        var url = tilejson.GetProperty("tiles")[0].GetString()!.Replace("{z}", "10", StringComparison.Ordinal)
            .Replace("{x}", tile.X.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{y}", tile.Y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task StyleDrawsEachCategoryInTheCataloguesColours()
    {
        var tileset = await Json("/ogc/collections/plan-zones/tiles/WebMercatorQuad");
        var style = await Json(Link(tileset, "http://www.opengis.net/def/rel/ogc/1.0/style", "application/vnd.mapbox.style+json"));

        Assert.Equal(8, style.GetProperty("version").GetInt32());
        var catalogue = PlanData.Geodata.Catalogue;
        Assert.Equal(catalogue.Layers.Select(l => l.Id).Order(), style.GetProperty("sources").EnumerateObject().Select(s => s.Name).Order());
        var layers = style.GetProperty("layers").EnumerateArray().ToList();
        var zones = catalogue.Find("plan-zones")!;
        foreach (var category in zones.Categories!.Classes)
        {
            var expected = zones.StyleFor(category.Value);
            var fill = layers.Single(l => l.GetProperty("id").GetString() == $"plan-zones-{category.Value}-fill");
            Assert.Equal("plan-zones", fill.GetProperty("source-layer").GetString());
            Assert.Equal(expected.FillColor, fill.GetProperty("paint").GetProperty("fill-color").GetString());
            Assert.Equal(expected.FillOpacity!.Value, fill.GetProperty("paint").GetProperty("fill-opacity").GetDouble());
            Assert.Contains($"[\"==\",[\"get\",\"zone\"],\"{category.Value}\"]", fill.GetProperty("filter").GetRawText(), StringComparison.Ordinal);
        }

        // a dash pattern in Leaflet pixels ("6 4" at weight 1) becomes multiples of the line width
        var county = layers.Single(l => l.GetProperty("id").GetString() == "admin-boundaries-line").GetProperty("paint");
        var weight = catalogue.Find("admin-boundaries")!.Style.Weight!.Value;
        Assert.Equal([6 / weight, 4 / weight], county.GetProperty("line-dasharray").EnumerateArray().Select(v => v.GetDouble()));
        // layers follow the catalogue's draw order
        var firstOfEach = catalogue.Layers.OrderBy(l => l.DrawOrder).Select(l => layers.FindIndex(x => x.GetProperty("source").GetString() == l.Id)).ToList();
        Assert.Equal(firstOfEach.Order(), firstOfEach);
    }

    [Theory]
    [InlineData("/ogc/tileMatrixSets/WorldCRS84Quad")]
    [InlineData("/ogc/collections/plan-zones/tiles/WorldCRS84Quad")]
    [InlineData("/ogc/collections/nowhere/tiles")]
    [InlineData("/ogc/collections/nowhere/tiles/WebMercatorQuad/tilejson.json")]
    public async Task AnswersUnknownTileResourcesWith404ProblemJson(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static SpatialPlan.Core.Tiles.TileIndex WebMercatorTileAt(double lon, double lat, int zoom) =>
        SpatialPlan.Core.Tiles.WebMercatorQuad.TileAt(lon, lat, zoom);
}
