using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Tiles;

/// <summary>
/// Tile maths of WebMercatorQuad: tile ↔ EPSG:3857 metres ↔ lon/lat (spherical Mercator, as the browser and
/// PostGIS <c>ST_TileEnvelope</c> compute it). Envelopes take a buffer in tile pixels, so a feature just outside a
/// tile still draws the part of its outline that a wide stroke puts inside it.
/// </summary>
public static class WebMercatorQuad
{
    /// <summary>Half the width of the square world in EPSG:3857 metres (π × 6 378 137).</summary>
    public const double HalfWorld = 20037508.342789244;

    /// <summary>The latitude at which the square world ends (±85.0511°).</summary>
    public static readonly double MaxLatitude = YToLatitude(HalfWorld);

    private const double EarthRadius = 6378137.0;

    /// <summary>The side of a tile at <paramref name="zoom"/> in EPSG:3857 metres: the world's width / 2^zoom.</summary>
    public static double TileMetres(int zoom) => 2 * HalfWorld / TileIndex.MatrixSize(zoom);

    /// <summary>EPSG:3857 metres per screen pixel at <paramref name="zoom"/> (a 256-pixel tile,
    /// <see cref="VectorTileFormat.UnitsPerScreenPixel"/>): the unit of the "smaller than a pixel" rule of both stores.
    /// True on the ground only at the equator; Mercator metres shrink by cos(latitude) there.</summary>
    public static double MetresPerScreenPixel(int zoom) =>
        TileMetres(zoom) / VectorTileFormat.Extent * VectorTileFormat.UnitsPerScreenPixel;

    /// <summary>Degrees of longitude per screen pixel at <paramref name="zoom"/>, the same step as
    /// <see cref="MetresPerScreenPixel"/>; a degree of latitude is that times cos(latitude) on the map.</summary>
    public static double DegreesPerScreenPixel(int zoom) =>
        360.0 / TileIndex.MatrixSize(zoom) / VectorTileFormat.Extent * VectorTileFormat.UnitsPerScreenPixel;

    /// <summary>The tile's bounds in EPSG:3857 metres, grown by <paramref name="bufferPixels"/> of <paramref name="extent"/>
    /// on each side.</summary>
    public static Envelope MercatorEnvelope(TileIndex tile, double bufferPixels = 0, int extent = VectorTileFormat.Extent)
    {
        var size = TileMetres(tile.Zoom);
        var margin = size * bufferPixels / extent;
        var minX = -HalfWorld + tile.X * size;
        var maxY = HalfWorld - tile.Y * size;
        return new Envelope(minX - margin, minX + size + margin, maxY - size - margin, maxY + margin);
    }

    /// <summary>The same bounds in lon/lat (Mercator is separable, so a box stays a box); latitudes clamped to the
    /// square world.</summary>
    public static Envelope LonLatEnvelope(TileIndex tile, double bufferPixels = 0, int extent = VectorTileFormat.Extent)
    {
        var m = MercatorEnvelope(tile, bufferPixels, extent);
        return new Envelope(
            XToLongitude(m.MinX), XToLongitude(m.MaxX),
            YToLatitude(Math.Max(m.MinY, -HalfWorld)), YToLatitude(Math.Min(m.MaxY, HalfWorld)));
    }

    /// <summary>The tile at <paramref name="zoom"/> holding the point (lon, lat); latitudes beyond ±85.05° fall in the
    /// first or last row.</summary>
    public static TileIndex TileAt(double longitude, double latitude, int zoom)
    {
        var n = TileIndex.MatrixSize(zoom);
        var x = (int)Math.Floor((LongitudeToX(longitude) + HalfWorld) / (2 * HalfWorld) * n);
        var y = (int)Math.Floor((HalfWorld - LatitudeToY(Math.Clamp(latitude, -MaxLatitude, MaxLatitude))) / (2 * HalfWorld) * n);
        return new TileIndex(zoom, Math.Clamp(x, 0, n - 1), Math.Clamp(y, 0, n - 1));
    }

    /// <summary>EPSG:3857 x in metres of a longitude in degrees; not wrapped, so ±180° gives ±<see cref="HalfWorld"/>.</summary>
    public static double LongitudeToX(double longitude) => longitude * Math.PI / 180 * EarthRadius;

    /// <summary>EPSG:3857 y in metres of a latitude in degrees; not clamped (±90° gives infinities), see <see cref="MaxLatitude"/>.</summary>
    public static double LatitudeToY(double latitude) =>
        Math.Log(Math.Tan(Math.PI / 4 + latitude * Math.PI / 360)) * EarthRadius;

    /// <summary>The longitude in degrees of an EPSG:3857 x in metres (the inverse of <see cref="LongitudeToX"/>).</summary>
    public static double XToLongitude(double x) => x / EarthRadius * 180 / Math.PI;

    /// <summary>The latitude in degrees of an EPSG:3857 y in metres (the inverse of <see cref="LatitudeToY"/>).</summary>
    public static double YToLatitude(double y) => (2 * Math.Atan(Math.Exp(y / EarthRadius)) - Math.PI / 2) * 180 / Math.PI;
}
