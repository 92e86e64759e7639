using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// The map's rectangle on the page and the projected extent it shows, at one uniform scale (square pixels).
/// A lon/lat box is projected and the smallest extent of the rectangle's shape that holds it is shown; a
/// centre and scale give the extent from the rectangle's size on paper.
/// </summary>
public sealed class MapFrame
{
    private const double MetresPerPoint = 0.0254 / PageSetup.PointsPerInch;

    private MapFrame(MapProjection projection, SKRect rect, Envelope extent)
    {
        Projection = projection;
        Rect = rect;
        Extent = extent;
        UnitsPerPoint = extent.Width / rect.Width;
        var centre = extent.Centre;
        (CentreLon, CentreLat) = projection.Inverse(centre.X, centre.Y);
        ScaleFactor = projection.ScaleFactor(CentreLon, CentreLat);
        LonLatEnvelope = InverseEnvelope(projection, extent);
    }

    public MapProjection Projection { get; }

    /// <summary>The map's rectangle on the page, in points.</summary>
    public SKRect Rect { get; }

    /// <summary>The projected extent (metres) the rectangle shows exactly.</summary>
    public Envelope Extent { get; }

    /// <summary>Projected metres per point of paper.</summary>
    public double UnitsPerPoint { get; }

    public double CentreLon { get; }

    public double CentreLat { get; }

    /// <summary>The projection's scale factor at the centre: projected over true length.</summary>
    public double ScaleFactor { get; }

    /// <summary>True ground metres per point at the centre.</summary>
    public double GroundMetresPerPoint => UnitsPerPoint / ScaleFactor;

    /// <summary>The scale denominator at the centre (50000 for 1:50 000).</summary>
    public double ScaleDenominator => GroundMetresPerPoint / MetresPerPoint;

    /// <summary>A lon/lat envelope holding the whole frame: the box to query features with.</summary>
    public Envelope LonLatEnvelope { get; }

    public static MapFrame Create(MapProjection projection, SKRect rect, MapExtentSpec spec)
    {
        if (spec.Bbox is { } b)
        {
            return new MapFrame(projection, rect, Fit(ProjectedEnvelope(projection, b[0], b[1], b[2], b[3]), rect));
        }

        var (x, y) = projection.Forward(spec.Center![0], spec.Center[1]);
        var unitsPerPoint = spec.Scale!.Value * MetresPerPoint * projection.ScaleFactor(spec.Center[0], spec.Center[1]);
        var (halfW, halfH) = (rect.Width * unitsPerPoint / 2, rect.Height * unitsPerPoint / 2);
        return new MapFrame(projection, rect, new Envelope(x - halfW, x + halfW, y - halfH, y + halfH));
    }

    /// <summary>
    /// A frame showing exactly this projected extent in the rectangle, for a map server's box. The rectangle must have
    /// the extent's shape (the scale is uniform); a client asking for another shape gets it stretched by the canvas.
    /// </summary>
    public static MapFrame ForExtent(MapProjection projection, SKRect rect, Envelope extent) => new(projection, rect, extent);

    /// <summary>The envelope of a lon/lat box's projected outline, its edges sampled so curved edges count.</summary>
    public static Envelope ProjectedEnvelope(MapProjection projection, double minLon, double minLat, double maxLon, double maxLat)
    {
        var envelope = new Envelope();
        const int steps = 32;
        for (var i = 0; i <= steps; i++)
        {
            var lon = minLon + ((maxLon - minLon) * i / steps);
            var lat = minLat + ((maxLat - minLat) * i / steps);
            foreach (var (ln, lt) in new[] { (lon, minLat), (lon, maxLat), (minLon, lat), (maxLon, lat) })
            {
                var (x, y) = projection.Forward(ln, lt);
                envelope.ExpandToInclude(x, y);
            }
        }

        return envelope;
    }

    /// <summary>Page point of a projected coordinate.</summary>
    public SKPoint ToPage(double x, double y) => new(
        (float)(Rect.Left + ((x - Extent.MinX) / UnitsPerPoint)),
        (float)(Rect.Top + ((Extent.MaxY - y) / UnitsPerPoint)));

    /// <summary>Page point of a lon/lat coordinate.</summary>
    public SKPoint LonLatToPage(double lon, double lat)
    {
        var (x, y) = Projection.Forward(lon, lat);
        return ToPage(x, y);
    }

    /// <summary>Lon/lat of a page point.</summary>
    public (double Lon, double Lat) PageToLonLat(SKPoint page) => Projection.Inverse(
        Extent.MinX + ((page.X - Rect.Left) * UnitsPerPoint),
        Extent.MaxY - ((page.Y - Rect.Top) * UnitsPerPoint));

    /// <summary>Grows the envelope about its centre to the rectangle's shape.</summary>
    private static Envelope Fit(Envelope e, SKRect rect)
    {
        var unitsPerPoint = Math.Max(e.Width / rect.Width, e.Height / rect.Height);
        var (halfW, halfH) = (rect.Width * unitsPerPoint / 2, rect.Height * unitsPerPoint / 2);
        var c = e.Centre;
        return new Envelope(c.X - halfW, c.X + halfW, c.Y - halfH, c.Y + halfH);
    }

    private static Envelope InverseEnvelope(MapProjection projection, Envelope extent)
    {
        var envelope = new Envelope();
        const int steps = 32;
        for (var i = 0; i <= steps; i++)
        {
            var x = extent.MinX + (extent.Width * i / steps);
            var y = extent.MinY + (extent.Height * i / steps);
            foreach (var (px, py) in new[] { (x, extent.MinY), (x, extent.MaxY), (extent.MinX, y), (extent.MaxX, y) })
            {
                var (lon, lat) = projection.Inverse(px, py);
                envelope.ExpandToInclude(lon, lat);
            }
        }

        return envelope;
    }
}
