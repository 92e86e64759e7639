using NetTopologySuite.Geometries;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// A CRS the WMS serves, with the 1.3.0 axis order rule: BBOX and BoundingBox list the CRS's own axes in its EPSG
/// order, so EPSG:4326 and EPSG:4490 are latitude first, EPSG:4549 northing first, EPSG:3857 and CRS:84 east first.
/// The map is drawn in <see cref="Projection"/> (the geographic ones as plain degrees).
/// </summary>
public sealed record WmsCrs(string Code, MapProjection Projection, bool NorthFirst)
{
    /// <summary>The planners' CRS first: QGIS and GDAL offer the first CRS of the list.</summary>
    public static IReadOnlyList<WmsCrs> All { get; } =
    [
        new("EPSG:4549", MapProjection.GaussKruger120, NorthFirst: true),
        new("EPSG:4490", MapProjection.Geographic, NorthFirst: true),
        new("EPSG:4326", MapProjection.Geographic, NorthFirst: true),
        new("EPSG:3857", MapProjection.WebMercator, NorthFirst: false),
        new("CRS:84", MapProjection.Geographic, NorthFirst: false),
    ];

    public static WmsCrs? Find(string code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A BBOX's four numbers, in this CRS's axis order, as an extent with x east and y north.</summary>
    public Envelope ExtentOf(IReadOnlyList<double> bbox) => NorthFirst
        ? new Envelope(bbox[1], bbox[3], bbox[0], bbox[2])
        : new Envelope(bbox[0], bbox[2], bbox[1], bbox[3]);

    /// <summary>An extent (x east, y north) as minx, miny, maxx, maxy in this CRS's axis order.</summary>
    public double[] BboxOf(Envelope extent) => NorthFirst
        ? [extent.MinY, extent.MinX, extent.MaxY, extent.MaxX]
        : [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY];

    /// <summary>The projected envelope of a lon/lat box, in this CRS's units.</summary>
    public Envelope Project(Envelope lonLat) =>
        MapFrame.ProjectedEnvelope(Projection, lonLat.MinX, lonLat.MinY, lonLat.MaxX, lonLat.MaxY);
}
