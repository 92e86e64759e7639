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

    private MapProjection(MathTransform forward, int epsg, string esriWkt, string ogcWkt, bool northingFirst, string nameZh, string nameEn)
    {
        _forward = forward;
        _inverse = forward.Inverse();
        Epsg = epsg;
        EsriWkt = esriWkt;
        OgcWkt = ogcWkt;
        NorthingFirst = northingFirst;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>EPSG:4549 through Core's CGCS2000 transform.</summary>
    public static MapProjection GaussKruger120 { get; } = new(
        Cgcs2000.LonLatToGaussKruger, 4549, EsriWktText.GaussKruger120, OgcWktText.GaussKruger120, northingFirst: true,
        "CGCS2000 / 3度带高斯-克吕格投影 中央经线120°E (EPSG:4549)",
        "CGCS2000 / 3-degree Gauss-Krüger CM 120°E (EPSG:4549)");

    /// <summary>EPSG:3857; the data's lon/lat is taken as WGS 84 (CGCS2000 agrees to centimetres here).</summary>
    public static MapProjection WebMercator { get; } = new(
        new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WebMercator).MathTransform,
        3857, EsriWktText.WebMercator, OgcWktText.WebMercator, northingFirst: false,
        "Web 墨卡托投影 (EPSG:3857)",
        "Web Mercator (EPSG:3857)");

    /// <summary>
    /// EPSG:4490 drawn as plain degrees (x = longitude, y = latitude), as a WMS map in a geographic CRS is; the data's
    /// lon/lat is CGCS2000 already, and WGS 84 (EPSG:4326, CRS:84) agrees with it to centimetres here.
    /// </summary>
    public static MapProjection Geographic { get; } = new(
        new AffineTransform(1, 0, 0, 0, 1, 0), // the identity: ProjNet's geographic-to-geographic transform has no inverse
        4490, EsriWktText.Cgcs2000, OgcWktText.Cgcs2000, northingFirst: true,
        "CGCS2000 经纬度 (EPSG:4490)",
        "CGCS2000 longitude/latitude (EPSG:4490)");

    public static MapProjection For(MapCrs crs) => crs switch
    {
        MapCrs.WebMercator => WebMercator,
        MapCrs.Geographic => Geographic,
        _ => GaussKruger120,
    };

    public int Epsg { get; }

    /// <summary>The CRS as ESRI WKT, what a .prj file beside a world file holds.</summary>
    public string EsriWkt { get; }

    /// <summary>The CRS as OGC WKT 1 with EPSG codes, what GDAL reads from a <c>.aux.xml</c> side file.</summary>
    public string OgcWkt { get; }

    /// <summary>
    /// Whether the EPSG definition orders the axes north first (EPSG:4549 northing, easting; EPSG:4490 latitude,
    /// longitude), so that WMS 1.3.0 boxes and GDAL's axis mapping put them that way round. Pixels always run east, then south.
    /// </summary>
    public bool NorthingFirst { get; }

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
