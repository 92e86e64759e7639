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

    /// <summary>EPSG:4490, CGCS2000 geographic: the same coordinates as lon/lat here (no datum shift), served on request.</summary>
    public const int Cgcs2000Srid = 4490;

    /// <summary>Makes EPSG:4326 geometries (x = lon, y = lat), floating precision: the one factory of stored geometry.</summary>
    public static GeometryFactory LonLat { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), LonLatSrid);

    /// <summary>Makes EPSG:4549 geometries (x = easting, y = northing, metres), floating precision; never stored.</summary>
    public static GeometryFactory GaussKruger { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), GaussKrugerSrid);

    /// <summary>Makes EPSG:4490 geometries (x = lon, y = lat, CGCS2000), floating precision; served, never stored.</summary>
    public static GeometryFactory Cgcs2000 { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Cgcs2000Srid);

    /// <summary>For transient shapes in a local projection made for one measurement; never stored.</summary>
    public static GeometryFactory LocalProjection { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), -1);
}
