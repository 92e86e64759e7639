using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// Readies a lon/lat geometry for one tile: drops a line or polygon smaller than a screen pixel, clips it to the
/// buffered tile and simplifies it to half a screen pixel, so a low-zoom tile of 10⁵ parcels stays small.
/// </summary>
internal sealed class TileGeometry
{
    private readonly Envelope _clip;
    private readonly Geometry _clipBox;
    private readonly double _metresPerPixel;
    private readonly double _tolerance;

    public TileGeometry(TileIndex tile)
    {
        _clip = WebMercatorQuad.LonLatEnvelope(tile, VectorTileFormat.Buffer);
        _clipBox = Core.Geodata.GeometryFactories.LonLat.ToGeometry(_clip);
        _metresPerPixel = WebMercatorQuad.MetresPerScreenPixel(tile.Zoom);
        // Degrees of latitude per screen pixel here: the smaller step of the two, so the tolerance errs fine.
        _tolerance = 0.5 * WebMercatorQuad.DegreesPerScreenPixel(tile.Zoom) * Math.Cos(_clip.Centre.Y * Math.PI / 180);
    }

    /// <summary>The geometry to encode, or null when nothing of it would show.</summary>
    public Geometry? Prepare(Geometry geometry)
    {
        if (geometry is not IPuntal && IsBelowOnePixel(geometry.EnvelopeInternal))
        {
            return null;
        }

        var clipped = _clip.Contains(geometry.EnvelopeInternal) ? geometry : Clip(geometry);
        if (clipped.IsEmpty || clipped is IPuntal)
        {
            return clipped.IsEmpty ? null : clipped;
        }

        var simplified = new DouglasPeuckerSimplifier(clipped) { DistanceTolerance = _tolerance, EnsureValidTopology = false }
            .GetResultGeometry();
        return simplified.IsEmpty ? null : simplified;
    }

    /// <summary>Like the PostGIS source: the Web Mercator envelope is under a pixel both ways.</summary>
    public bool IsBelowOnePixel(Envelope lonLat) =>
        WebMercatorQuad.LongitudeToX(lonLat.MaxX) - WebMercatorQuad.LongitudeToX(lonLat.MinX) < _metresPerPixel &&
        WebMercatorQuad.LatitudeToY(lonLat.MaxY) - WebMercatorQuad.LatitudeToY(lonLat.MinY) < _metresPerPixel;

    private Geometry Clip(Geometry geometry)
    {
        var clipped = geometry.Intersection(_clipBox);
        // A clip can leave a collection (a polygon touching the edge gives a polygon and a line): keep the kind drawn.
        return clipped is GeometryCollection collection and not (MultiPolygon or MultiLineString or MultiPoint)
            ? KeepDimension(collection, geometry.Dimension)
            : clipped;
    }

    private static Geometry KeepDimension(GeometryCollection collection, Dimension dimension)
    {
        var parts = Enumerable.Range(0, collection.NumGeometries).Select(collection.GetGeometryN)
            .Where(g => g.Dimension == dimension).ToArray();
        return collection.Factory.BuildGeometry(parts);
    }
}
