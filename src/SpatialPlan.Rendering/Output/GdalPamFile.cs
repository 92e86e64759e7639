using System.Xml.Linq;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Output;

/// <summary>
/// GDAL's side file for a raster (<c>map.png.aux.xml</c>, its "persistent auxiliary metadata"): here only the CRS, as
/// OGC WKT with EPSG codes. GDAL, and so QGIS, read the world file beside a PNG but never its .prj; with this file
/// they open the image in its CRS. The axis mapping says the pixels run easting first even where the CRS's own axis
/// order is northing first (EPSG:4549).
/// </summary>
public static class GdalPamFile
{
    public static string For(MapProjection projection) =>
        new XElement("PAMDataset",
            new XElement("SRS",
                new XAttribute("dataAxisToSRSAxisMapping", projection.NorthingFirst ? "2,1" : "1,2"),
                projection.OgcWkt)).ToString() + "\n";
}
