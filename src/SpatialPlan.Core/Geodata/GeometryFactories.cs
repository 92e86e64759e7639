using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// The one place geometry factories are made, one per SRID, so no SRID-0 geometry reaches a store.
/// </summary>
public static class GeometryFactories
{
    /// <summary>EPSG:4326 (lon/lat), how every geometry is stored and served.</summary>
    public const int LonLatSrid = 4326;

    /// <summary>EPSG:4549, CGCS2000 / 3-degree Gauss-Krüger CM 120°E, where planar measurement happens.</summary>
    public const int GaussKrugerSrid = 4549;

    /// <summary>Makes EPSG:4326 geometries (x = lon, y = lat), floating precision: the one factory of stored geometry.</summary>
    public static GeometryFactory LonLat { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), LonLatSrid);

    /// <summary>Makes EPSG:4549 geometries (x = easting, y = northing, metres), floating precision; never stored.</summary>
    public static GeometryFactory GaussKruger { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), GaussKrugerSrid);

    /// <summary>For transient shapes in a local projection made for one measurement; never stored.</summary>
    public static GeometryFactory LocalProjection { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), -1);
}
