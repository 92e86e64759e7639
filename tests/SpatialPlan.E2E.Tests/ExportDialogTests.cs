using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>A planner exports the current view from the page and gets a real file.</summary>
public sealed class ExportDialogTests(MapAppFixture app, BrowserFixture browser)
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

    [Fact]
    public async Task ExportsAGeoTiff()
    {
        await _map.OpenAsync(app.BaseAddress + "/");

        var (download, bytes) = await ExportAsync("geotiff", "96");

        Assert.Equal("II*\0"u8.ToArray(), bytes[..4]);
        Assert.EndsWith(".tif", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
