using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Crs;

/// <summary>
/// A coordinate reference system the API serves features in and reads boxes in (OGC API – Features Part 2, CRS by
/// reference): CRS84 (the stored lon/lat), CGCS2000 geographic (EPSG:4490) and CGCS2000 / 3-degree Gauss-Krüger
/// CM 120°E (EPSG:4549). Geometries handed around in code are always x = east (lon or easting), y = north; the
/// EPSG definitions of 4490 (latitude, longitude) and 4549 (northing, easting) put north first on the wire, which
/// <see cref="NorthFirst"/> says and <see cref="AxisOrder"/> applies.
/// </summary>
public sealed class ServedCrs
{
    private ServedCrs(string uri, int srid, string label, bool northFirst, bool projected, GeometryFactory factory)
    {
        Uri = uri;
        Srid = srid;
        Label = label;
        NorthFirst = northFirst;
        Projected = projected;
        Factory = factory;
    }

    /// <summary>WGS 84 longitude/latitude (OGC CRS84), lon first: how features are stored and served by default.</summary>
    public static ServedCrs Crs84 { get; } = new(
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84", GeometryFactories.LonLatSrid, "CRS84", northFirst: false, projected: false,
        GeometryFactories.LonLat);

    /// <summary>CGCS2000 geographic (EPSG:4490), latitude first as EPSG defines it; the same values as CRS84 here.</summary>
    public static ServedCrs Epsg4490 { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/4490", GeometryFactories.Cgcs2000Srid, "EPSG:4490", northFirst: true, projected: false,
        GeometryFactories.Cgcs2000);

    /// <summary>EPSG:4549 in metres, northing first as EPSG defines it (axes X north, Y east).</summary>
    public static ServedCrs Epsg4549 { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/4549", GeometryFactories.GaussKrugerSrid, "EPSG:4549", northFirst: true, projected: true,
        GeometryFactories.GaussKruger);

    /// <summary>Every served CRS, the storage CRS first (the order of a collection's <c>crs</c> list).</summary>
    public static IReadOnlyList<ServedCrs> All { get; } = [Crs84, Epsg4490, Epsg4549];

    /// <summary>The OGC URI that names it in <c>crs</c>, <c>bbox-crs</c>, <c>filter-crs</c> and <c>Content-Crs</c>.</summary>
    public string Uri { get; }

    /// <summary>The EPSG code PostGIS knows it by (4326 for CRS84, whose axes PostGIS takes lon first anyway).</summary>
    public int Srid { get; }

    /// <summary>A short name for messages.</summary>
    public string Label { get; }

    /// <summary>Whether the CRS's first axis points north (latitude or northing), so coordinates are written y, x.</summary>
    public bool NorthFirst { get; }

    /// <summary>Whether coordinates are metres of a projection rather than degrees.</summary>
    public bool Projected { get; }

    /// <summary>Makes geometries of this CRS (x east, y north).</summary>
    public GeometryFactory Factory { get; }

    /// <summary>The CRS named by <paramref name="uri"/> (also accepted: the safe CURIEs <c>[EPSG:4490]</c>, <c>[OGC:CRS84]</c>),
    /// or null when this server does not serve it.</summary>
    public static ServedCrs? Find(string uri) =>
        All.FirstOrDefault(c => string.Equals(c.Uri, uri, StringComparison.Ordinal) ||
            string.Equals($"[{c.Label.Replace("CRS84", "OGC:CRS84", StringComparison.Ordinal)}]", uri, StringComparison.Ordinal));

    /// <summary>A copy of a stored lon/lat geometry in this CRS (x east, y north), by ProjNet; the stored one itself for CRS84.</summary>
    public Geometry FromLonLat(Geometry lonLat) => Projected
        ? GeometryProjector.Project(lonLat, Cgcs2000.LonLatToGaussKruger, Factory)
        : this == Crs84 ? lonLat : Factory.CreateGeometry(lonLat);

    /// <summary>A geometry of this CRS (x east, y north) as stored lon/lat, by ProjNet.</summary>
    public Geometry ToLonLat(Geometry geometry) => Projected
        ? GeometryProjector.Project(geometry, Cgcs2000.GaussKrugerToLonLat, GeometryFactories.LonLat)
        : GeometryFactories.LonLat.CreateGeometry(geometry);

    /// <summary>A box of this CRS (x east, y north) as a geometry of this CRS: a point or a line when it is degenerate;
    /// for a projected CRS, a polygon whose edges are cut into 16 so it keeps its shape when its vertices are
    /// transformed (both stores transform these very vertices, so they agree on what the box holds).</summary>
    public Geometry Box(Envelope box)
    {
        if (!Projected || box.Width == 0 || box.Height == 0)
        {
            return Factory.ToGeometry(box);
        }

        const int segments = 16;
        var ring = new List<Coordinate>((4 * segments) + 1);
        (double X, double Y)[] corners = [(box.MinX, box.MinY), (box.MaxX, box.MinY), (box.MaxX, box.MaxY), (box.MinX, box.MaxY)];
        for (var side = 0; side < 4; side++)
        {
            var (x0, y0) = corners[side];
            var (x1, y1) = corners[(side + 1) % 4];
            for (var i = 0; i < segments; i++)
            {
                var t = (double)i / segments;
                ring.Add(new Coordinate(x0 + ((x1 - x0) * t), y0 + ((y1 - y0) * t)));
            }
        }

        ring.Add(ring[0].Copy());
        return Factory.CreatePolygon(ring.ToArray());
    }

    /// <inheritdoc/>
    public override string ToString() => Uri;
}
