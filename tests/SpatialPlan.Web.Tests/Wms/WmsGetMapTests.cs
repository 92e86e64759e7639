using System.Globalization;
using System.Net;
using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Wms;

/// <summary>GetMap draws the catalogue's colours where the features are, in every CRS with its 1.3.0 axis order.</summary>
public class WmsGetMapTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private static readonly string[] Zones = ["core", "wengxin", "liubai", "damenxiaomen"];

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The plan zones' box in a CRS, as x east / y north, and as the BBOX parameter in the CRS's axis order.</summary>
    public static (MapProjection Projection, Envelope Extent, string Bbox) ZonesBox(string crs)
    {
        var zones = new Envelope();
        foreach (var zone in PlanData.Collection("plan-zones"))
        {
            zones.ExpandToInclude(zone.Geometry.EnvelopeInternal);
        }

        var (projection, northFirst) = crs switch
        {
            "EPSG:4549" => (MapProjection.GaussKruger120, true),
            "EPSG:3857" => (MapProjection.WebMercator, false),
            "CRS:84" => (MapProjection.Geographic, false),
            _ => (MapProjection.Geographic, true),
        };
        var extent = MapFrame.ProjectedEnvelope(projection, zones.MinX, zones.MinY, zones.MaxX, zones.MaxY);
        double[] box = northFirst ? [extent.MinY, extent.MinX, extent.MaxY, extent.MaxX] : [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY];
        return (projection, extent, string.Join(',', box.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
    }

    private async Task<HttpResponseMessage> GetMap(string crs, string bbox, string extra = "") =>
        await _client.GetAsync($"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS={crs}&BBOX={bbox}&WIDTH=800&HEIGHT=600&FORMAT=image/png{extra}",
            TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("EPSG:4549")]
    [InlineData("EPSG:4490")]
    [InlineData("EPSG:4326")]
    [InlineData("EPSG:3857")]
    [InlineData("CRS:84")]
    public async Task FillsEachZoneWithItsCatalogueColourInEveryCrs(string crs)
    {
        var (projection, extent, bbox) = ZonesBox(crs);

        var response = await GetMap(crs, bbox, "&LAYERS=plan-zones&STYLES=plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var image = new WmsImage(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), projection, extent);
        Assert.Equal((800, 600), (image.Width, image.Height)); // the box's shape is not 4:3: the map is stretched, as WMS asks
        foreach (var zone in Zones)
        {
            var inside = PlanData.Zone(zone).Geometry.InteriorPoint;
            WmsImage.AssertClose(WmsImage.ZoneFill(zone, SKColors.White), image.AtLonLat(inside.X, inside.Y), 3, $"{zone} in {crs}");
        }
    }

    [Fact]
    public async Task DrawsOnlyTheLayersAskedForInTheirOrder()
    {
        var (projection, extent, bbox) = ZonesBox("EPSG:4549");
        var land = PlanData.Geodata.Catalogue.Find("land")!.StyleFor("land");
        var inside = PlanData.Zone("liubai").Geometry.InteriorPoint;

        // land listed after the zones is drawn over them: WMS draws LAYERS in the order given, the first at the bottom
        using var over = new WmsImage(await Bytes(await GetMap("EPSG:4549", bbox, "&LAYERS=plan-zones,land&STYLES=plain,plain")), projection, extent);
        using var landOnly = new WmsImage(await Bytes(await GetMap("EPSG:4549", bbox, "&LAYERS=land&STYLES=")), projection, extent);

        WmsImage.AssertClose(SKColor.Parse(land.FillColor!), over.AtLonLat(inside.X, inside.Y), 3, "liubai under land");
        WmsImage.AssertClose(SKColor.Parse(land.FillColor!), landOnly.AtLonLat(inside.X, inside.Y), 3, "land alone");
    }

    [Fact]
    public async Task IsTransparentOrTheBackgroundColourWhereNothingIsDrawn()
    {
        var (projection, extent, bbox) = ZonesBox("EPSG:4549");
        var core = PlanData.Zone("core").Geometry.InteriorPoint;

        using var transparent = new WmsImage(await Bytes(await GetMap("EPSG:4549", bbox, "&LAYERS=plan-zones&STYLES=&TRANSPARENT=TRUE")), projection, extent);
        using var coloured = new WmsImage(await Bytes(await GetMap("EPSG:4549", bbox, "&LAYERS=plan-zones&STYLES=&BGCOLOR=0x336699")), projection, extent);
        using var white = new WmsImage(await Bytes(await GetMap("EPSG:4549", bbox, "&LAYERS=plan-zones&STYLES=plain")), projection, extent);

        Assert.Equal(0, transparent.At(2, 2).Alpha);
        Assert.True(transparent.AtLonLat(core.X, core.Y).Alpha > 0, "the core zone is drawn on the transparent image");
        Assert.Equal(new SKColor(0x33, 0x66, 0x99), coloured.At(2, 2));
        Assert.Equal(SKColors.White, white.At(2, 2));
        WmsImage.AssertClose(WmsImage.ZoneFill("core", SKColors.White), white.AtLonLat(core.X, core.Y), 3, "core over white");
    }

    [Fact]
    public async Task AnswersJpeg()
    {
        var (_, _, bbox) = ZonesBox("EPSG:3857");

        var response = await _client.GetAsync($"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:3857&BBOX={bbox}&WIDTH=512&HEIGHT=256&FORMAT=image/jpeg&LAYERS=spatialplan&STYLES=",
            TestContext.Current.CancellationToken);

        var bytes = await Bytes(response);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xFF, 0xD8, 0xFF], bytes[..3]);
    }

    [Fact]
    public async Task AnswersAnEmptyImageForABoxFarFromThePlan()
    {
        var response = await GetMap("EPSG:3857", "-20037508,-20037508,-19000000,-19000000", "&LAYERS=spatialplan&STYLES=&TRANSPARENT=TRUE");

        using var image = new WmsImage(await Bytes(response), MapProjection.WebMercator, new Envelope(-20037508, -19000000, -20037508, -19000000));
        Assert.Equal(0, image.At(400, 300).Alpha);
    }

    [Fact]
    public async Task DrawsTheWholeWorldInWebMercatorWithThePlanInIt()
    {
        var response = await GetMap("EPSG:3857", "-20037508.34,-20037508.34,20037508.34,20037508.34", "&LAYERS=spatialplan&STYLES=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<byte[]> Bytes(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"got {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return bytes;
    }
}
