using System.IO.Compression;
using System.Text;

namespace SpatialPlan.Rendering.Output;

/// <summary>
/// The png-georef export: a zip of the PNG, its world file (.pgw), its CRS as ESRI WKT (.prj, for ArcGIS and CAD) and
/// GDAL's side file with the CRS (.png.aux.xml, which GDAL and QGIS read where they ignore the .prj).
/// </summary>
public static class GeorefPackage
{
    public static byte[] Zip(string baseName, byte[] png, WorldFile worldFile, string esriWkt, string gdalPam)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, baseName + ".png", png, CompressionLevel.NoCompression); // PNG is compressed already
            Add(zip, baseName + ".pgw", Encoding.ASCII.GetBytes(worldFile.ToString()), CompressionLevel.Optimal);
            Add(zip, baseName + ".prj", Encoding.ASCII.GetBytes(esriWkt), CompressionLevel.Optimal);
            Add(zip, baseName + ".png.aux.xml", Encoding.UTF8.GetBytes(gdalPam), CompressionLevel.Optimal);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content, CompressionLevel level)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(content);
    }
}
