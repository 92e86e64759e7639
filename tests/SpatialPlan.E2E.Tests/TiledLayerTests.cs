using System.Collections.Concurrent;
using Microsoft.Playwright;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>A big extra collection is drawn from vector tiles, never paged as GeoJSON.</summary>
public sealed class TiledLayerTests(TiledParcelsAppFixture app, BrowserFixture browser)
    : IClassFixture<TiledParcelsAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;
    private readonly ConcurrentBag<string> _requests = [];

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await _context.NewPageAsync();
        page.Request += (_, request) => _requests.Add(request.Url);
        _map = new MapPageDriver(page);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task DrawsFiveThousandParcelsFromTilesWithoutAnItemsRequest()
    {
        await _map.OpenAsync(app.BaseAddress + "/");
        var id = SyntheticParcels.CollectionId;
        await _map.Page.WaitForFunctionAsync(
            "id => document.querySelector('.sp-map').spatialPlan.drawn(id) > 0", id, new() { Timeout = 30_000 });
        await _map.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await _map.Page.EvaluateAsync<bool>("id => document.querySelector('.sp-map').spatialPlan.tiled(id)", id));
        Assert.Contains(_requests, u => u.Contains($"/ogc/collections/{id}/tiles/WebMercatorQuad/", StringComparison.Ordinal));
        Assert.DoesNotContain(_requests, u => u.Contains($"/ogc/collections/{id}/items", StringComparison.Ordinal));
        Assert.Contains(_requests, u => u.Contains("/ogc/collections/plan-zones/items", StringComparison.Ordinal));
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-tiled-parcels.png") });
    }
}
