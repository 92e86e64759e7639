using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Wms;

/// <summary>GetFeatureInfo finds the feature under the pixel and answers it as JSON, plain text or escaped HTML; GetLegendGraphic draws the layer's symbols.</summary>
public class WmsFeatureInfoTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>GetFeatureInfo over the zones' box in EPSG:4549 at the pixel where a lon/lat is.</summary>
    private async Task<HttpResponseMessage> InfoAt(double lon, double lat, string layers, string format)
    {
        var (projection, extent, bbox) = WmsGetMapTests.ZonesBox("EPSG:4549");
        var (x, y) = projection.Forward(lon, lat);
        var i = (int)((x - extent.MinX) / extent.Width * 800);
        var j = (int)((extent.MaxY - y) / extent.Height * 600);
        return await _client.GetAsync(
            $"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS={layers}&STYLES=&CRS=EPSG:4549&BBOX={bbox}&WIDTH=800&HEIGHT=600" +
            $"&FORMAT=image/png&QUERY_LAYERS={layers}&INFO_FORMAT={Uri.EscapeDataString(format)}&I={i}&J={j}&FEATURE_COUNT=5",
            TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AnswersTheZoneUnderThePixelAsJson()
    {
        var inside = PlanData.Zone("liubai").Geometry.InteriorPoint;

        var response = await InfoAt(inside.X, inside.Y, "plan-zones", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var feature = json.GetProperty("features").EnumerateArray().Single();
        Assert.Equal(PlanData.Zone("liubai").Id, feature.GetProperty("id").GetString());
        Assert.Equal("plan-zones", feature.GetProperty("layer").GetString());
        Assert.Equal("柳白分区", feature.GetProperty("properties").GetProperty("name_zh").GetString());
    }

    [Fact]
    public async Task AnswersPlainTextTopLayerFirst()
    {
        var inside = PlanData.Zone("core").Geometry.InteriorPoint;

        var response = await InfoAt(inside.X, inside.Y, "land,plan-zones", "text/plain");

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("name_zh = 中心区", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Layer 'plan-zones'", StringComparison.Ordinal) < text.IndexOf("Layer 'land'", StringComparison.Ordinal) || !text.Contains("Layer 'land'", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task EscapesEveryValueInHtml()
    {
        // a planner's record whose name is markup: the HTML answer must show it as text
        var record = new
        {
            type = "Feature",
            properties = new { name_zh = "<b>地块</b> & \"引号\"", note = "<script>alert(1)</script>" },
            geometry = new { type = "Polygon", coordinates = new[] { new[] { new[] { 120.955, 27.923 }, new[] { 120.970, 27.923 }, new[] { 120.970, 27.935 }, new[] { 120.955, 27.935 }, new[] { 120.955, 27.923 } } } },
        };
        using var post = new HttpRequestMessage(HttpMethod.Post, "/ogc/collections/built-up/items") { Content = JsonContent(record) };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(post, TestContext.Current.CancellationToken)).StatusCode);

        var response = await InfoAt(120.9625, 27.929, "built-up", "text/html");

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("&lt;b&gt;地块&lt;/b&gt; &amp; &quot;引号&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNoFeatureWhereThereIsNone()
    {
        var response = await InfoAt(121.12, 27.84, "plan-zones", "application/json");

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Empty(json.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task DrawsALegendWithTheLayersCategoryColours()
    {
        var response = await _client.GetAsync("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&SLD_VERSION=1.1.0&LAYER=plan-zones",
            TestContext.Current.CancellationToken);

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var image = new WmsImage(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), MapProjection.Geographic, new(0, 1, 0, 1));
        var colours = Enumerable.Range(0, image.Width).SelectMany(x => Enumerable.Range(0, image.Height).Select(y => image.At(x, y))).ToHashSet();
        foreach (var zone in new[] { "core", "wengxin", "liubai", "damenxiaomen" })
        {
            var expected = WmsImage.ZoneFill(zone, SkiaSharp.SKColors.White);
            Assert.Contains(colours, c => Math.Abs(c.Red - expected.Red) <= 3 && Math.Abs(c.Green - expected.Green) <= 3 && Math.Abs(c.Blue - expected.Blue) <= 3);
        }
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/geo+json");
}
