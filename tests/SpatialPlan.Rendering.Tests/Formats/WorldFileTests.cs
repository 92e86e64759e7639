using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Output;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Tests.Pixels;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Formats;

/// <summary>png-georef: the world file read back puts the image's corners on the requested extent to within a pixel.</summary>
public class WorldFileTests
{
    private static readonly double[] Box = [120.70, 27.85, 121.10, 28.10];

    /// <summary>An image whose shape is the projected box's, so the box fills it on both axes.</summary>
    private static (MapSpec Spec, NetTopologySuite.Geometries.Envelope Projected) Request(MapCrs crs)
    {
        var projected = MapFrame.ProjectedEnvelope(MapProjection.For(crs), Box[0], Box[1], Box[2], Box[3]);
        var spec = new MapSpec
        {
            Format = ExportFormat.PngGeoref,
            Extent = MapExtentSpec.FromBbox(Box[0], Box[1], Box[2], Box[3]),
            PixelSize = new PixelSize(1000, (int)Math.Round(1000 * projected.Height / projected.Width)),
            Dpi = 96,
            Crs = crs,
        };
        return (spec, projected);
    }

    [Theory]
    [InlineData(MapCrs.GaussKruger120, "CGCS2000_3_Degree_GK_CM_120E")]
    [InlineData(MapCrs.WebMercator, "WGS_1984_Web_Mercator_Auxiliary_Sphere")]
    public async Task WorldFileCornersMatchTheRequestedExtentToWithinOnePixel(MapCrs crs, string prjName)
    {
        var (spec, projected) = Request(crs);

        var entries = Unzip((await Renderers.ExportAsync(spec)).Content);

        Assert.Equal([".pgw", ".png", ".prj", ".xml"], entries.Keys.Select(Path.GetExtension).Order());
        using var png = new Png(entries.Single(e => e.Key.EndsWith(".png", StringComparison.Ordinal)).Value);
        var world = WorldFile.Parse(Encoding.ASCII.GetString(entries.Single(e => e.Key.EndsWith(".pgw", StringComparison.Ordinal)).Value));
        var (left, top) = world.ToMap(0, 0);
        var (right, bottom) = world.ToMap(png.Width, png.Height);
        Assert.Equal(spec.PixelSize, new PixelSize(png.Width, png.Height));
        Assert.InRange(Math.Abs(left - projected.MinX), 0, world.PixelSizeX);
        Assert.InRange(Math.Abs(right - projected.MaxX), 0, world.PixelSizeX);
        Assert.InRange(Math.Abs(top - projected.MaxY), 0, world.PixelSizeY);
        Assert.InRange(Math.Abs(bottom - projected.MinY), 0, world.PixelSizeY);
        Assert.StartsWith($"PROJCS[\"{prjName}\"", Encoding.ASCII.GetString(entries.Single(e => e.Key.EndsWith(".prj", StringComparison.Ordinal)).Value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MapCrs.GaussKruger120, "EPSG:4549")]
    [InlineData(MapCrs.WebMercator, "EPSG:3857")]
    public async Task GdalReadsTheCornersAndIdentifiesTheCrs(MapCrs crs, string epsg)
    {
        var gdalinfo = ExternalTool.Require("gdalinfo", "apt-get install gdal-bin");
        var gdalsrsinfo = ExternalTool.Require("gdalsrsinfo", "apt-get install gdal-bin");
        var (spec, projected) = Request(crs);
        using var folder = new TempDirectory();
        foreach (var (name, content) in Unzip((await Renderers.ExportAsync(spec)).Content))
        {
            await File.WriteAllBytesAsync(folder.File(name), content, TestContext.Current.CancellationToken);
        }

        var png = Directory.GetFiles(folder.Path, "*.png").Single();
        var info = await ExternalTool.RunAsync(gdalinfo, ["-json", png], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var srs = await ExternalTool.RunAsync(gdalsrsinfo, ["-e", Path.ChangeExtension(png, ".prj")], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var pngSrs = await ExternalTool.RunAsync(gdalsrsinfo, ["-e", png], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(info.ExitCode == 0, info.StandardError);
        var json = JsonDocument.Parse(info.StandardOutput).RootElement;
        var corners = json.GetProperty("cornerCoordinates");
        var pixel = json.GetProperty("geoTransform")[1].GetDouble();
        Assert.InRange(Math.Abs(corners.GetProperty("upperLeft")[0].GetDouble() - projected.MinX), 0, pixel);
        Assert.InRange(Math.Abs(corners.GetProperty("upperLeft")[1].GetDouble() - projected.MaxY), 0, pixel);
        Assert.InRange(Math.Abs(corners.GetProperty("lowerRight")[0].GetDouble() - projected.MaxX), 0, pixel);
        Assert.InRange(Math.Abs(corners.GetProperty("lowerRight")[1].GetDouble() - projected.MinY), 0, pixel);
        Assert.Contains(epsg, srs.StandardOutput, StringComparison.Ordinal);
        // the PNG itself opens in its CRS: GDAL reads the .png.aux.xml beside it (it never reads the .prj)
        Assert.Contains(epsg, pngSrs.StandardOutput, StringComparison.Ordinal);
        var axisMapping = json.GetProperty("coordinateSystem").GetProperty("dataAxisToSRSAxisMapping").EnumerateArray().Select(v => v.GetInt32());
        Assert.Equal(crs == MapCrs.GaussKruger120 ? [2, 1] : [1, 2], axisMapping);
    }

    private static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
