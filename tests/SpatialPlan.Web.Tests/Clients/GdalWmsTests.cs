using System.Text.Json;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.TestSupport;
using SpatialPlan.Web.Tests.Wms;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>GDAL's WMS driver, a real GIS client, reads the capabilities and draws the plan in EPSG:4549 in the catalogue's colours (GDAL asks with lower-case names and no styles).</summary>
public class GdalWmsTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static async Task<ExternalTool.Output> Run(string program, params string[] arguments)
    {
        var path = ExternalTool.Require(program, "apt-get install gdal-bin");
        var output = await ExternalTool.RunAsync(path, arguments, Timeout, TestContext.Current.CancellationToken);
        Assert.True(output.ExitCode == 0, $"{program} failed ({output.ExitCode}): {output.StandardError}");
        return output;
    }

    [Fact]
    public async Task ListsEveryLayerAsASubdatasetInEpsg4549()
    {
        var output = await Run("gdalinfo", $"WMS:{factory.BaseAddress}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");

        foreach (var layer in PlanData.Geodata.Catalogue.Layers)
        {
            Assert.Contains($"LAYERS={layer.Id}&CRS=EPSG:4549", output.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TranslatesAGetMapInEpsg4549WithItsCrsCornersAndColours()
    {
        var (_, extent, bbox) = WmsGetMapTests.ZonesBox("EPSG:4549");
        using var folder = new TempDirectory();
        var png = folder.File("zones.png");

        await Run("gdal_translate", "-q", "-of", "PNG", "-outsize", "800", "0",
            $"WMS:{factory.BaseAddress}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=plan-zones&CRS=EPSG:4549&BBOX={bbox}&FORMAT=image/png",
            png);
        var srs = await Run("gdalsrsinfo", "-e", png);
        var info = JsonDocument.Parse((await Run("gdalinfo", "-json", png)).StandardOutput).RootElement;

        Assert.Contains("EPSG:4549", srs.StandardOutput, StringComparison.Ordinal);
        var corners = info.GetProperty("cornerCoordinates");
        var pixel = info.GetProperty("geoTransform")[1].GetDouble();
        Assert.InRange(Math.Abs(corners.GetProperty("upperLeft")[0].GetDouble() - extent.MinX), 0, pixel);
        Assert.InRange(Math.Abs(corners.GetProperty("upperLeft")[1].GetDouble() - extent.MaxY), 0, pixel);
        Assert.InRange(Math.Abs(corners.GetProperty("lowerRight")[0].GetDouble() - extent.MaxX), 0, pixel);
        Assert.InRange(Math.Abs(corners.GetProperty("lowerRight")[1].GetDouble() - extent.MinY), 0, pixel);

        // GDAL's image, read where GDAL says it lies: inside each zone the commonest colour is its category's fill over
        // white (GDAL asks for the default style, so the zone's label is drawn too: hence the commonest, not every pixel)
        var size = info.GetProperty("size");
        using var image = new WmsImage(await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken), MapProjection.GaussKruger120, extent);
        Assert.Equal((size[0].GetInt32(), size[1].GetInt32()), (image.Width, image.Height));
        foreach (var zone in new[] { "core", "wengxin", "liubai", "damenxiaomen" })
        {
            var inner = PlanData.Zone(zone).Geometry.Buffer(-0.002);
            var box = inner.EnvelopeInternal;
            var colours = new List<SKColor>();
            for (var lon = box.MinX; lon < box.MaxX; lon += box.Width / 40)
            {
                for (var lat = box.MinY; lat < box.MaxY; lat += box.Height / 40)
                {
                    if (inner.Contains(inner.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat))))
                    {
                        colours.Add(image.AtLonLat(lon, lat));
                    }
                }
            }

            var commonest = colours.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
            WmsImage.AssertClose(WmsImage.ZoneFill(zone, SKColors.White), commonest, 3, $"{zone} ({colours.Count} samples)");
        }
    }
}
