using NetTopologySuite.Geometries;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

/// <summary>The shapes whose areas and lengths are checked against PostGIS, one line saying what each shows.</summary>
public static class ReferenceShapes
{
    public static readonly (string Name, string Wkt)[] Polygons =
    [
        // about 1 km² at 灵昆, edges of about 1 km
        ("square-1km", "POLYGON ((120.80 27.95, 120.81 27.95, 120.81 27.959, 120.80 27.959, 120.80 27.95))"),
        // a 5 km × 4.4 km block with a 2 km × 2.2 km hole: the hole is subtracted
        ("block-with-hole", "POLYGON ((120.85 27.90, 120.90 27.90, 120.90 27.94, 120.85 27.94, 120.85 27.90), (120.86 27.91, 120.86 27.93, 120.88 27.93, 120.88 27.91, 120.86 27.91))"),
        // two parts far apart: the parts are summed
        ("multipolygon", "MULTIPOLYGON (((120.62 28.10, 120.66 28.10, 120.64 28.13, 120.62 28.10)), ((121.10 27.80, 121.14 27.80, 121.14 27.83, 121.10 27.83, 121.10 27.80)))"),
        // 27 km long and 200 m wide, on a diagonal: four vertices, so each long edge is one geodesic
        ("long-thin-diagonal", "POLYGON ((120.60 27.80, 120.85 27.90, 120.849167 27.901643, 120.599167 27.801643, 120.60 27.80))"),
        // 30 km east–west and 300 m wide: a parallel and the geodesic between its ends differ by about 4 m here
        ("long-thin-east-west", "POLYGON ((120.60 28.00, 120.905 28.00, 120.905 28.0027, 120.60 28.0027, 120.60 28.00))"),
        // about 20 km² on the reclaimed flats east of 灵昆, the plan's target size
        ("about-20km2", "POLYGON ((120.9053 27.9327, 120.9478 27.9242, 120.9648 27.9497, 120.9435 27.9710, 120.9138 27.9625, 120.9053 27.9327))"),
        // a triangle across the whole plan extent, edges of 45–70 km
        ("extent-triangle", "POLYGON ((120.60 27.75, 121.30 27.80, 120.95 28.20, 120.60 27.75))"),
    ];

    public static readonly (string Name, string Wkt)[] Lines =
    [
        // 70 km across the plan, one geodesic
        ("line-across", "LINESTRING (120.60 27.75, 121.30 27.80)"),
        // a path of three edges
        ("line-path", "LINESTRING (120.80 27.90, 120.85 27.95, 120.95 27.96, 121.00 28.05)"),
    ];

    public static TheoryData<string> PolygonNames() => [.. Polygons.Select(p => p.Name)];

    public static TheoryData<string> LineNames() => [.. Lines.Select(p => p.Name)];

    public static Geometry Get(string name) =>
        Wkt.Read(Polygons.Concat(Lines).Single(p => p.Name == name).Wkt);
}
