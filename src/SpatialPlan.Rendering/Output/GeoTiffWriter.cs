using BitMiracle.LibTiff.Classic;
using SkiaSharp;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Output;

/// <summary>
/// The GeoTIFF export: the PNG's raster as 8-bit RGB (Deflate with the horizontal predictor) and, inside the file,
/// its georeferencing (a tie point at the upper-left corner and the pixel size, the world file's numbers) and its CRS
/// as an EPSG code in the GeoKey directory, so GDAL, QGIS, ArcGIS and CAD open it in EPSG:4549 with no side files.
/// </summary>
public static class GeoTiffWriter
{
    public const string MediaType = "image/tiff; application=geotiff";

    // GeoTIFF 1.0 keys (OGC 19-008, table of GeoKeys) and the codes they take.
    private const short ModelTypeKey = 1024;
    private const short RasterTypeKey = 1025;
    private const short GeographicTypeKey = 2048;
    private const short ProjectedCrsKey = 3072;
    private const short ModelTypeProjected = 1;
    private const short ModelTypeGeographic = 2;
    private const short RasterPixelIsArea = 1;
    private const int RowsPerStrip = 32;

    private static readonly TiffFieldInfo[] GeoTiffFields =
    [
        new(TiffTag.GEOTIFF_MODELPIXELSCALETAG, -1, -1, TiffType.DOUBLE, FieldBit.Custom, true, true, "ModelPixelScaleTag"),
        new(TiffTag.GEOTIFF_MODELTIEPOINTTAG, -1, -1, TiffType.DOUBLE, FieldBit.Custom, true, true, "ModelTiepointTag"),
        new(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, -1, -1, TiffType.SHORT, FieldBit.Custom, true, true, "GeoKeyDirectoryTag"),
    ];

    private static readonly Tiff.TiffExtendProc? ParentExtender = Tiff.SetTagExtender(RegisterGeoTiffTags);

    public static async Task<byte[]> TiffAsync(MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        using var surface = await RasterWriter.PaintAsync(scene, fonts, cancellationToken);
        using var pixels = surface.PeekPixels();
        return Encode(pixels, WorldFile.For(scene), scene.Frame.Projection);
    }

    /// <summary>An opaque RGBA raster as a GeoTIFF georeferenced by the world file in the projection's CRS.</summary>
    public static byte[] Encode(SKPixmap pixels, WorldFile world, MapProjection projection)
    {
        _ = ParentExtender; // the GeoTIFF tags are registered once, when this class is first used
        using var stream = new MemoryStream();
        using (var tiff = Tiff.ClientOpen("map.tif", "w", stream, new TiffStream())
            ?? throw new InvalidOperationException("LibTiff could not open a TIFF for writing"))
        {
            var (width, height) = (pixels.Width, pixels.Height);
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, 3);
            tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
            tiff.SetField(TiffTag.ORIENTATION, Orientation.TOPLEFT);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.RGB);
            tiff.SetField(TiffTag.COMPRESSION, Compression.ADOBE_DEFLATE);
            tiff.SetField(TiffTag.PREDICTOR, Predictor.HORIZONTAL);
            tiff.SetField(TiffTag.ROWSPERSTRIP, RowsPerStrip);
            tiff.SetField(TiffTag.SOFTWARE, "SpatialPlan");

            var (left, top) = world.ToMap(0, 0);
            tiff.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, new[] { world.PixelSizeX, world.PixelSizeY, 0.0 });
            tiff.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, new[] { 0.0, 0.0, 0.0, left, top, 0.0 });
            var keys = GeoKeys(projection);
            tiff.SetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, keys.Length, keys);

            var rgba = pixels.GetPixelSpan();
            var row = new byte[width * 3];
            for (var y = 0; y < height; y++)
            {
                var source = rgba.Slice(y * pixels.RowBytes, width * 4);
                for (var x = 0; x < width; x++)
                {
                    row[(x * 3) + 0] = source[(x * 4) + 0];
                    row[(x * 3) + 1] = source[(x * 4) + 1];
                    row[(x * 3) + 2] = source[(x * 4) + 2];
                }

                if (!tiff.WriteScanline(row, y))
                {
                    throw new InvalidOperationException($"LibTiff could not write row {y}");
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>The GeoKey directory: header (version 1, revision 1.0, key count), then key, location 0 (value inline), count 1, value.</summary>
    private static short[] GeoKeys(MapProjection projection)
    {
        var geographic = projection.Epsg == MapProjection.Geographic.Epsg;
        return
        [
            1, 1, 0, 3,
            ModelTypeKey, 0, 1, geographic ? ModelTypeGeographic : ModelTypeProjected,
            RasterTypeKey, 0, 1, RasterPixelIsArea,
            geographic ? GeographicTypeKey : ProjectedCrsKey, 0, 1, (short)projection.Epsg,
        ];
    }

    private static void RegisterGeoTiffTags(Tiff tiff)
    {
        tiff.MergeFieldInfo(GeoTiffFields, GeoTiffFields.Length);
        ParentExtender?.Invoke(tiff);
    }
}
