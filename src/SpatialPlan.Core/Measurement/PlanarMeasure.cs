using NetTopologySuite.Geometries;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Measurement in the plane of EPSG:4549 (CGCS2000 / 3-degree Gauss-Krüger CM 120°E), as PostGIS
/// <c>ST_Area(ST_Transform(g, 4549))</c> measures it: the vertices are projected with ProjNet and the edges
/// are straight in the projection. The projection is conformal, not equal-area: here (55–120 km east of the
/// central meridian) planar areas exceed ellipsoidal ones by 0.007–0.035 %.
/// </summary>
public static class PlanarMeasure
{
    /// <summary>A copy of a lon/lat geometry in EPSG:4549 metres (SRID 4549).</summary>
    public static Geometry ToGaussKruger(Geometry lonLat) =>
        GeometryProjector.Project(lonLat, Cgcs2000.LonLatToGaussKruger, GeometryFactories.GaussKruger);

    /// <summary>A copy of an EPSG:4549 geometry in lon/lat degrees (SRID 4326).</summary>
    public static Geometry ToLonLat(Geometry gaussKruger) =>
        GeometryProjector.Project(gaussKruger, Cgcs2000.GaussKrugerToLonLat, GeometryFactories.LonLat);

    /// <summary>Planar area in square metres of a lon/lat geometry: holes subtracted, parts summed; 0 for
    /// lines and points.</summary>
    public static double SquareMetres(Geometry lonLat) =>
        lonLat.Dimension == Dimension.Surface ? ToGaussKruger(lonLat).Area : 0;

    /// <summary>Planar length in metres of a lon/lat geometry: the length of lines, or the perimeter of
    /// polygons with hole boundaries included.</summary>
    public static double Metres(Geometry lonLat) => ToGaussKruger(lonLat).Length;
}
