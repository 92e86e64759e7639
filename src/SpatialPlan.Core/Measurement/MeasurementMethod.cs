namespace SpatialPlan.Core.Measurement;

/// <summary>How <see cref="MeasureOp"/> measures, in words a planner can quote next to the numbers.</summary>
public sealed record MeasurementMethod(
    string Crs,
    string CrsName,
    string Ellipsoid,
    string Planar,
    string Ellipsoidal,
    string Holes,
    string Breakdown)
{
    /// <summary>The method <see cref="MeasureOp"/> uses now.</summary>
    public static MeasurementMethod Current { get; } = new(
        Crs: "EPSG:4549",
        CrsName: "CGCS2000 / 3-degree Gauss-Kruger CM 120E",
        Ellipsoid: "CGCS2000 (a = 6378137 m, 1/f = 298.257222101)",
        Planar: "vertices projected to EPSG:4549 (ProjNet), straight edges in the plane, as PostGIS ST_Area(ST_Transform(g, 4549))",
        Ellipsoidal: "area on the CGCS2000 ellipsoid with geodesic edges, as PostGIS ST_Area(geography, true); " +
                     "lengths and perimeters along geodesics; units (km2, ha, mu) are of this area",
        Holes: "holes subtracted, the parts of a multipolygon summed, perimeters include hole boundaries",
        Breakdown: "overlay (NetTopologySuite OverlayNG) in EPSG:4549 with the plan-zones and the development-area " +
                   "phases (union of each phase's blocks); each part's ellipsoidal area is measured on the ellipsoid " +
                   "and the parts scaled by a common factor (within 1e-6 of 1) so that zones plus outside add up to the total");
}
