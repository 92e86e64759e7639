using System.Globalization;
using System.Text.Json.Nodes;
using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>
/// The WebMercatorQuad tile matrix set, the one the vector tiles are cut in, as OGC's TMS 2.0 JSON (OGC 17-083r4) with
/// the 1.0 members beside it (<c>identifier</c>, <c>supportedCRS</c>, <c>tileMatrix</c> with <c>topLeftCorner</c>):
/// GDAL 3.6's OGCAPI driver reads only those, later clients read the 2.0 ones.
/// </summary>
public static class TileMatrixSetDocument
{
    public const string Id = "WebMercatorQuad";
    public const string Uri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public const string Crs = "http://www.opengis.net/def/crs/EPSG/0/3857";

    /// <summary>Metres per pixel at zoom 0: the world's width over one 256-pixel tile.</summary>
    private static readonly double CellSizeAtZoomZero = 2 * WebMercatorQuad.HalfWorld / 256;

    /// <summary>OGC's standardized rendering pixel: 0.28 mm.</summary>
    private const double PixelMetres = 0.00028;

    public static JsonObject List(string tileMatrixSetsUrl) => new()
    {
        ["tileMatrixSets"] = new JsonArray(new JsonObject
        {
            ["id"] = Id,
            ["title"] = "Google Maps Compatible for the World",
            ["uri"] = Uri,
            ["crs"] = Crs,
            ["links"] = new JsonArray(TilesLink.Json($"{tileMatrixSetsUrl}/{Id}", "self", "application/json", "WebMercatorQuad")),
        }),
        ["links"] = new JsonArray(TilesLink.Json(tileMatrixSetsUrl, "self", "application/json", "Tile matrix sets")),
    };

    public static JsonObject Definition()
    {
        var matrices = new JsonArray();
        var legacy = new JsonArray();
        for (var zoom = 0; zoom <= TileIndex.MaxZoom; zoom++)
        {
            var cell = CellSizeAtZoomZero / TileIndex.MatrixSize(zoom);
            var size = TileIndex.MatrixSize(zoom);
            var id = zoom.ToString(CultureInfo.InvariantCulture);
            matrices.Add(new JsonObject
            {
                ["id"] = id,
                ["scaleDenominator"] = cell / PixelMetres,
                ["cellSize"] = cell,
                ["cornerOfOrigin"] = "topLeft",
                ["pointOfOrigin"] = new JsonArray(-WebMercatorQuad.HalfWorld, WebMercatorQuad.HalfWorld),
                ["tileWidth"] = 256,
                ["tileHeight"] = 256,
                ["matrixWidth"] = size,
                ["matrixHeight"] = size,
            });
            legacy.Add(new JsonObject
            {
                ["type"] = "TileMatrixType",
                ["identifier"] = id,
                ["scaleDenominator"] = cell / PixelMetres,
                ["topLeftCorner"] = new JsonArray(-WebMercatorQuad.HalfWorld, WebMercatorQuad.HalfWorld),
                ["tileWidth"] = 256,
                ["tileHeight"] = 256,
                ["matrixWidth"] = size,
                ["matrixHeight"] = size,
            });
        }

        return new JsonObject
        {
            ["id"] = Id,
            ["title"] = "Google Maps Compatible for the World",
            ["uri"] = Uri,
            ["crs"] = Crs,
            ["orderedAxes"] = new JsonArray("X", "Y"),
            ["wellKnownScaleSet"] = "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
            ["tileMatrices"] = matrices,
            ["type"] = "TileMatrixSetType",
            ["identifier"] = Id,
            ["supportedCRS"] = Crs,
            ["tileMatrix"] = legacy,
        };
    }
}
