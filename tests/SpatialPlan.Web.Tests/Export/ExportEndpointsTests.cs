using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>/api/export answers each format with its media type and a file name carrying the title and the date.</summary>
public class ExportEndpointsTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Query = "bbox=120.7,27.85,121.1,28.1&width=800&height=600&dpi=96&layers=land,plan-zones,island-chain";

    private static readonly string[] Formats = ["png", "pdf", "svg", "png-georef", "geotiff"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ExportsAPngOfTheRequestedPixelSize()
    {
        var response = await _client.GetAsync($"/api/export?format=png&{Query}", TestContext.Current.CancellationToken);

        var bytes = await Ok(response, "image/png");
        Assert.Equal((800, 600), PngSize(bytes));
    }

    [Fact]
    public async Task NamesTheFileAfterTheChineseTitleAndTheDateInRfc5987Form()
    {
        var title = Uri.EscapeDataString("瓯江口 规划");

        var response = await _client.GetAsync($"/api/export?format=pdf&title={title}&{Query}", TestContext.Current.CancellationToken);

        await Ok(response, "application/pdf");
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches(@"^瓯江口_规划_\d{4}-\d{2}-\d{2}\.pdf$", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Matches(@"^""?map_\d{4}-\d{2}-\d{2}\.pdf""?$", disposition.FileName); // for clients that ignore filename*
    }

    [Fact]
    public async Task ExportsAPdf()
    {
        var bytes = await Ok(await _client.GetAsync($"/api/export?format=pdf&{Query}", TestContext.Current.CancellationToken), "application/pdf");

        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task ExportsAWellFormedSvg()
    {
        var bytes = await Ok(await _client.GetAsync($"/api/export?format=svg&title=svg-test&{Query}", TestContext.Current.CancellationToken), "image/svg+xml");

        var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Trim() == "svg-test");
    }

    [Fact]
    public async Task ExportsAGeoreferencedPngAsAZipWithWorldFilePrjAndGdalSideFile()
    {
        var bytes = await Ok(await _client.GetAsync($"/api/export?format=png-georef&{Query}", TestContext.Current.CancellationToken), "application/zip");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var names = zip.Entries.Select(e => e.Name).ToList();
        var stem = Path.GetFileNameWithoutExtension(names.Single(n => n.EndsWith(".png", StringComparison.Ordinal)));
        Assert.Equal([stem + ".pgw", stem + ".png", stem + ".png.aux.xml", stem + ".prj"], names.Order(StringComparer.Ordinal));
        using var pam = new StreamReader(zip.GetEntry(stem + ".png.aux.xml")!.Open());
        Assert.Contains("AUTHORITY[\"EPSG\",\"4549\"]]</SRS>", await pam.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsAGeoTiff()
    {
        var response = await _client.GetAsync($"/api/export?format=geotiff&{Query}", TestContext.Current.CancellationToken);

        var bytes = await Ok(response, "image/tiff");
        Assert.Equal("geotiff", response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "application").Value);
        Assert.Equal("II*\0"u8.ToArray(), bytes[..4]); // little-endian TIFF
        Assert.EndsWith(".tif", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsFromAJsonSpecWithCentreScaleAndPaper()
    {
        var spec = new
        {
            format = "png",
            center = new[] { 120.85, 27.95 },
            scale = 100_000,
            paper = "A4",
            orientation = "portrait",
            dpi = 100,
            layers = new object[] { new { id = "land" }, new { id = "plan-zones", opacity = 0.8 }, new { id = "axes", visible = false } },
            title = "温州瓯江口产业集聚区",
            lang = "zh",
            furniture = new { grid = true },
        };

        var response = await _client.PostAsJsonAsync("/api/export", spec, TestContext.Current.CancellationToken);

        var bytes = await Ok(response, "image/png");
        Assert.Equal((827, 1169), PngSize(bytes)); // A4 portrait at 100 DPI
    }

    [Fact]
    public async Task RendersAsManyExportsAtOnceAsThereAreSlots()
    {
        // the default slots: twice the processor count; more at once may get 503 (ExportServerStateTests)
        var formats = Enumerable.Range(0, 2 * Environment.ProcessorCount).Select(i => Formats[i % Formats.Length]);

        var responses = await Task.WhenAll(formats.Select(f => _client.GetAsync($"/api/export?format={f}&{Query}", TestContext.Current.CancellationToken)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task DescribesBothFormsInTheOpenApiDocument()
    {
        var document = await HttpAssert.IsJson(await _client.GetAsync("/ogc/openapi.json", TestContext.Current.CancellationToken));

        var export = document.GetProperty("paths").GetProperty("/api/export");
        Assert.True(export.TryGetProperty("get", out _));
        Assert.True(export.TryGetProperty("post", out _));
    }

    private static async Task<byte[]> Ok(HttpResponseMessage response, string mediaType)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"got {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return bytes;
    }

    /// <summary>Width and height from the PNG's IHDR chunk.</summary>
    private static (int, int) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
