using System.Globalization;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace SpatialPlan.Core.Crs;

/// <summary>
/// China Geodetic Coordinate System 2000 and the projections measured in. CGCS2000 (EPSG:4490) coincides
/// with WGS84 (EPSG:4326) to centimetres here, so lon/lat data is taken as CGCS2000 without a datum shift.
/// </summary>
public static class Cgcs2000
{
    /// <summary>The CGCS2000 ellipsoid's semi-major axis a, in metres (as GRS 80 and WGS 84).</summary>
    public const double SemiMajorAxis = 6378137.0;
    /// <summary>The CGCS2000 ellipsoid's inverse flattening 1/f (GRS 80's; WGS 84 differs in the 9th digit).</summary>
    public const double InverseFlattening = 298.257222101;

    private const string GeographicWkt =
        "GEOGCS[\"China Geodetic Coordinate System 2000\"," +
        "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4490\"]]";

    /// <summary>EPSG:4549, CGCS2000 / 3-degree Gauss-Kruger CM 120E (easting without zone prefix).</summary>
    public const string GaussKruger120Wkt =
        "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 120E\"," + GeographicWkt + "," +
        "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",120]," +
        "PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AUTHORITY[\"EPSG\",\"4549\"]]";

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory Transformations = new();

    /// <summary>CGCS2000 geographic coordinates (EPSG:4490), lon/lat in degrees.</summary>
    public static GeographicCoordinateSystem Geographic { get; } =
        (GeographicCoordinateSystem)Factory.CreateFromWkt(GeographicWkt);

    /// <summary>lon/lat (degrees) → EPSG:4549 easting/northing (metres).</summary>
    public static MathTransform LonLatToGaussKruger { get; } = Transformations
        .CreateFromCoordinateSystems(Geographic, Factory.CreateFromWkt(GaussKruger120Wkt)).MathTransform;

    /// <summary>EPSG:4549 easting/northing (metres) → lon/lat (degrees), the inverse of <see cref="LonLatToGaussKruger"/>.</summary>
    public static MathTransform GaussKrugerToLonLat { get; } = Transformations
        .CreateFromCoordinateSystems(Factory.CreateFromWkt(GaussKruger120Wkt), Geographic).MathTransform;

    /// <summary>
    /// lon/lat → an Albers equal-area projection on the CGCS2000 ellipsoid centred on the given area.
    /// Equal-area everywhere, so the centre only keeps straight edges close to the geodesics they stand for.
    /// </summary>
    public static MathTransform LonLatToAlbers(double centralMeridian, double minLat, double maxLat)
    {
        var span = Math.Max(maxLat - minLat, 0.01);
        var wkt = string.Format(CultureInfo.InvariantCulture,
            "PROJCS[\"CGCS2000 / Albers equal area (local)\",{0}," +
            "PROJECTION[\"Albers_Conic_Equal_Area\"],PARAMETER[\"central_meridian\",{1}]," +
            "PARAMETER[\"latitude_of_origin\",{2}],PARAMETER[\"standard_parallel_1\",{3}]," +
            "PARAMETER[\"standard_parallel_2\",{4}],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0]," +
            "UNIT[\"metre\",1]]",
            GeographicWkt, centralMeridian, (minLat + maxLat) / 2, minLat + (span / 6), maxLat - (span / 6));
        return Transformations
            .CreateFromCoordinateSystems(Geographic, Factory.CreateFromWkt(wkt)).MathTransform;
    }
}
