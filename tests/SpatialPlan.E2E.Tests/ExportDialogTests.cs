using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>A planner exports the current view from the page and gets a real file.</summary>
public sealed partial class ExportDialogTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, AcceptDownloads = true });
        _map = new MapPageDriver(await _context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task<(IDownload Download, byte[] Bytes)> ExportAsync(string format, string dpi)
    {
        await _map.Page.Locator("[data-role=tab-export]").ClickAsync();
        await _map.Page.Locator("[data-role=export-format]").SelectOptionAsync(format);
        await _map.Page.Locator("[data-role=export-dpi]").SelectOptionAsync(dpi);
        await _map.Page.Locator("[data-role=export-title]").FillAsync("瓯江口 一核三区 测试导出");
        var download = await _map.Page.RunAndWaitForDownloadAsync(
            () => _map.Page.Locator("[data-role=export]").ClickAsync(), new() { Timeout = 60_000 });
        var path = Path.Combine(BrowserFixture.Artifacts, "export-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return (download, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExportsThisViewAsAPngNamedAfterTheTitle()
    {
        await _map.OpenAsync(app.BaseAddress + "/?l=land,admin-boundaries,plan-zones:60,-axes");

        var (download, bytes) = await ExportAsync("png", "96");

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        Assert.True(bytes.Length > 20_000, $"PNG is only {bytes.Length} bytes");
        Assert.Contains("瓯江口", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
        await Assertions.Expect(_map.Page.Locator("[data-role=export-done]")).ToContainTextAsync(".png");
    }

    [Fact]
    public async Task ExportsAPdf()
    {
        await _map.OpenAsync(app.BaseAddress + "/");

        var (_, bytes) = await ExportAsync("pdf", "150");

        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
    }

    [Fact]
    public async Task ExportsAGeoreferencedZip()
    {
        await _map.OpenAsync(app.BaseAddress + "/");

        var (download, bytes) = await ExportAsync("png-georef", "96");

        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>""")]
    private static partial Regex PdfWord();

    [Fact]
    public async Task ExportsAt1To25000AndThePdfsScaleBarMeasuresIt()
    {
        await _map.OpenAsync(app.BaseAddress + "/?c=27.95,120.95&z=12&l=land,plan-zones");
        await _map.Page.Locator("[data-role=tab-export]").ClickAsync();
        await _map.Page.Locator("[data-role=export-scale]").SelectOptionAsync("25000");
        await Assertions.Expect(_map.Page.Locator("[data-role=export-frame-note]")).ToBeVisibleAsync();
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "export-frame-25000.png") });

        var (download, _) = await ExportAsync("pdf", "150");

        // The scale bar's "0" and "1 km" labels sit centred on its ticks: their distance on paper is 1 km at the scale.
        var words = PdfWord().Matches(await PdfTextAsync(download, "-bbox"))
            .Select(m => (X0: Pt(m.Groups[1].Value), X1: Pt(m.Groups[2].Value), Text: m.Groups[3].Value)).ToList();
        var km = words.FindIndex(w => w.Text == "km");
        var zero = words.FindLastIndex(km, w => w.Text == "0");
        Assert.True(km > 0 && zero >= 0 && words[km - 1].Text == "1", "the scale bar's 0 … 1 km labels are not in the PDF");
        var barMm = ((words[km - 1].X0 + words[km].X1) / 2 - (words[zero].X0 + words[zero].X1) / 2) * 25.4 / 72;
        Assert.InRange(1e6 / barMm, 25000 * 0.98, 25000 * 1.02);
        Assert.Contains("1:25 000", await PdfTextAsync(download), StringComparison.Ordinal);
    }

    private static double Pt(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The text of a downloaded PDF as poppler's pdftotext reads it (with <paramref name="options"/>).</summary>
    private static async Task<string> PdfTextAsync(IDownload download, params string[] options)
    {
        var pdftotext = ExternalTool.Require("pdftotext", "apt-get install poppler-utils");
        var path = Path.Combine(BrowserFixture.Artifacts, "export-" + download.SuggestedFilename);
        var run = await ExternalTool.RunAsync(pdftotext, [.. options, path, "-"], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return run.StandardOutput;
    }

    [Fact]
    public async Task TheFurnitureTogglesTakeOutTheLegendAndAddTheGrid()
    {
        await _map.OpenAsync(app.BaseAddress + "/?c=27.95,120.95&z=12&l=land,plan-zones");
        await _map.Page.Locator("[data-role=tab-export]").ClickAsync();
        await _map.Page.Locator("[data-role=export-legend]").UncheckAsync();
        await _map.Page.Locator("[data-role=export-grid]").CheckAsync();

        var (download, _) = await ExportAsync("pdf", "150");

        var text = await PdfTextAsync(download);
        Assert.DoesNotContain("图例", text, StringComparison.Ordinal);
        Assert.Matches("\\d+°\\d{2}′[NE]", text); // a graticule label, such as 28°00′N
    }

    [Fact]
    public async Task ExportsAGeoTiff()
    {
        await _map.OpenAsync(app.BaseAddress + "/");

        var (download, bytes) = await ExportAsync("geotiff", "96");

        Assert.Equal("II*\0"u8.ToArray(), bytes[..4]);
        Assert.EndsWith(".tif", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
