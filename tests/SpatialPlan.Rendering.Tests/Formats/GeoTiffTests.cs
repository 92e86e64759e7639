using System.Text.Json;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Tests.Pixels;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Formats;

/// <summary>geotiff: GDAL reads the CRS (EPSG code in the GeoKeys), the corners and the same pixels as the PNG export.</summary>
public class GeoTiffTests
{
    private static readonly double[] Box = [120.70, 27.85, 121.10, 28.10];

    private static MapSpec Spec(MapCrs crs, ExportFormat format) => new()
    {
        Format = format,
        Extent = MapExtentSpec.FromBbox(Box[0], Box[1], Box[2], Box[3]),
        PixelSize = new PixelSize(800, 560),
        Dpi = 96,
        Crs = crs,
        Furniture = FurnitureSpec.None,
    };

    [Theory]
    [InlineData(MapCrs.GaussKruger120, "EPSG:4549")]
    [InlineData(MapCrs.WebMercator, "EPSG:3857")]
    public async Task GdalReadsTheEpsgCodeAndTheCornersOfTheGeoTiff(MapCrs crs, string epsg)
    {
        var gdalinfo = ExternalTool.Require("gdalinfo", "apt-get install gdal-bin");
        var gdalsrsinfo = ExternalTool.Require("gdalsrsinfo", "apt-get install gdal-bin");
        var file = await Renderers.ExportAsync(Spec(crs, ExportFormat.GeoTiff));
        using var folder = new TempDirectory();
        var tif = folder.File(file.FileName);
        await File.WriteAllBytesAsync(tif, file.Content, TestContext.Current.CancellationToken);

        var srs = await ExternalTool.RunAsync(gdalsrsinfo, ["-e", tif], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var info = await ExternalTool.RunAsync(gdalinfo, ["-json", tif], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal("image/tiff; application=geotiff", file.ContentType);
        Assert.EndsWith(".tif", file.FileName, StringComparison.Ordinal);
        Assert.Contains(epsg, srs.StandardOutput, StringComparison.Ordinal);
        Assert.True(info.ExitCode == 0, info.StandardError);
        var json = JsonDocument.Parse(info.StandardOutput).RootElement;
        Assert.Equal([800, 560], json.GetProperty("size").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(3, json.GetProperty("bands").GetArrayLength());
        var projected = MapFrame.ProjectedEnvelope(MapProjection.For(crs), Box[0], Box[1], Box[2], Box[3]);
        var corners = json.GetProperty("cornerCoordinates");
        var pixel = json.GetProperty("geoTransform")[1].GetDouble();
        var (centreX, centreY) = ((corners.GetProperty("upperLeft")[0].GetDouble() + corners.GetProperty("lowerRight")[0].GetDouble()) / 2,
            (corners.GetProperty("upperLeft")[1].GetDouble() + corners.GetProperty("lowerRight")[1].GetDouble()) / 2);
        Assert.InRange(Math.Abs(centreX - projected.Centre.X), 0, pixel);
        Assert.InRange(Math.Abs(centreY - projected.Centre.Y), 0, pixel);
    }

    [Fact]
    public async Task HasThePixelsOfThePngExport()
    {
        var gdalTranslate = ExternalTool.Require("gdal_translate", "apt-get install gdal-bin");
        var tiff = await Renderers.ExportAsync(Spec(MapCrs.GaussKruger120, ExportFormat.GeoTiff));
        var png = await Renderers.ExportAsync(Spec(MapCrs.GaussKruger120, ExportFormat.Png));
        using var folder = new TempDirectory();
        await File.WriteAllBytesAsync(folder.File("map.tif"), tiff.Content, TestContext.Current.CancellationToken);

        // GDAL decodes the TIFF (Deflate, predictor) into a PNG that Skia reads back
        var run = await ExternalTool.RunAsync(gdalTranslate, ["-q", "-of", "PNG", folder.File("map.tif"), folder.File("back.png")],
            TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.StandardError);
        using var fromTiff = new Png(await File.ReadAllBytesAsync(folder.File("back.png"), TestContext.Current.CancellationToken));
        using var fromPng = new Png(png.Content);
        for (var y = 5; y < 560; y += 37)
        {
            for (var x = 3; x < 800; x += 41)
            {
                Png.AssertClose(fromPng.At(x, y), fromTiff.At(x, y), 0, $"pixel ({x}, {y})");
            }
        }
    }
}
