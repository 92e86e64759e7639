using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using SpatialPlan.Core.Crs;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// The projection a map is drawn in, with what the furniture and the world file need to know about it:
/// the local scale factor (so the stated scale is true on the ground), the meridian convergence (so the
/// north arrow points to true north) and the ESRI WKT for the .prj file.
/// </summary>
public sealed class MapProjection
{
    private const double DegreesToRadians = Math.PI / 180;
    private const double Flattening = 1 / Cgcs2000.InverseFlattening;
    private const double EccentricitySquared = (2 * Flattening) - (Flattening * Flattening);

    private readonly MathTransform _forward;
    private readonly MathTransform _inverse;

    private MapProjection(MathTransform forward, int epsg, string esriWkt, string nameZh, string nameEn)
    {
        _forward = forward;
        _inverse = forward.Inverse();
        Epsg = epsg;
        EsriWkt = esriWkt;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>EPSG:4549 through Core's CGCS2000 transform.</summary>
    public static MapProjection GaussKruger120 { get; } = new(
        Cgcs2000.LonLatToGaussKruger, 4549, EsriWktText.GaussKruger120,
        "CGCS2000 / 3度带高斯-克吕格投影 中央经线120°E (EPSG:4549)",
        "CGCS2000 / 3-degree Gauss-Krüger CM 120°E (EPSG:4549)");

    /// <summary>EPSG:3857; the data's lon/lat is taken as WGS 84 (CGCS2000 agrees to centimetres here).</summary>
    public static MapProjection WebMercator { get; } = new(
        new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WebMercator).MathTransform,
        3857, EsriWktText.WebMercator,
        "Web 墨卡托投影 (EPSG:3857)",
        "Web Mercator (EPSG:3857)");

    public static MapProjection For(MapCrs crs) => crs == MapCrs.WebMercator ? WebMercator : GaussKruger120;

    public int Epsg { get; }

    /// <summary>The CRS as ESRI WKT, what a .prj file beside a world file holds.</summary>
    public string EsriWkt { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    /// <summary>lon/lat degrees → projected metres.</summary>
    public (double X, double Y) Forward(double lon, double lat) => _forward.Transform(lon, lat);

    /// <summary>Projected metres → lon/lat degrees.</summary>
    public (double Lon, double Lat) Inverse(double x, double y) => _inverse.Transform(x, y);

    /// <summary>
    /// Projected length over true length on the ellipsoid at a point. Both projections are conformal, so one
    /// number holds in every direction: measured along the parallel against its true length N·cos φ·Δλ.
    /// </summary>
    public double ScaleFactor(double lon, double lat)
    {
        const double step = 0.001;
        var (x0, y0) = Forward(lon - (step / 2), lat);
        var (x1, y1) = Forward(lon + (step / 2), lat);
        var phi = lat * DegreesToRadians;
        var sin = Math.Sin(phi);
        var primeVertical = Cgcs2000.SemiMajorAxis / Math.Sqrt(1 - (EccentricitySquared * sin * sin));
        var trueLength = primeVertical * Math.Cos(phi) * step * DegreesToRadians;
        return Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0))) / trueLength;
    }

    /// <summary>Angle in degrees from grid north to true north, clockwise positive (the meridian's direction).</summary>
    public double Convergence(double lon, double lat)
    {
        var (x0, y0) = Forward(lon, lat - 0.005);
        var (x1, y1) = Forward(lon, lat + 0.005);
        return Math.Atan2(x1 - x0, y1 - y0) / DegreesToRadians;
    }
}
