using Microsoft.Playwright;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>The planners' page in a real browser: what they see and what their clicks do.</summary>
public sealed class MapPageTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;
    private bool _dialogRaised;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await _context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            _dialogRaised = true;
            await dialog.DismissAsync();
        };
        _map = new MapPageDriver(page);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private Task OpenAsync(string query = "") => _map.OpenAsync(app.BaseAddress + "/" + query);

    [Fact]
    public async Task FirstLoadDrawsTheFourZonesAndEveryLayer()
    {
        await OpenAsync();

        Assert.Equal(4, await _map.DrawnAsync("plan-zones"));
        Assert.True(await _map.DrawnAsync("development-area") >= 3);
        Assert.True(await _map.DrawnAsync("land") > 10);
        var firstDrawMs = await _map.Map.GetAttributeAsync("data-first-draw-ms");
        // A second page on the now warm server: what a planner sees after the first visit of the day.
        var warm = new MapPageDriver(await _context.NewPageAsync());
        await warm.OpenAsync(app.BaseAddress + "/");
        var warmDrawMs = await warm.Map.GetAttributeAsync("data-first-draw-ms");
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "first-load.txt"),
            $"all plan layers drawn {firstDrawMs} ms after navigation start (cold server), {warmDrawMs} ms (warm server)\n",
            TestContext.Current.CancellationToken);
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-first-load.png") });
    }

    [Fact]
    public async Task TogglingALayerHidesItAndShowsItAgain()
    {
        await OpenAsync();
        var toggle = _map.Layer("plan-zones").Locator("[data-role=toggle]");

        await toggle.UncheckAsync();
        await _map.WaitForUrlContainingAsync("-plan-zones");
        Assert.Equal(0, await _map.DrawnAsync("plan-zones"));

        await toggle.CheckAsync();
        await _map.Page.WaitForFunctionAsync("() => document.querySelector('.sp-map').spatialPlan.drawn('plan-zones') === 4");
    }

    [Fact]
    public async Task OpacityScalesTheDrawnStyle()
    {
        await OpenAsync();
        var before = await _map.FillOpacityAsync("plan-zones");

        await _map.Layer("plan-zones").Locator("[data-role=opacity]").FillAsync("30");
        await _map.WaitForUrlContainingAsync("plan-zones:30");

        Assert.Equal(before * 0.3, await _map.FillOpacityAsync("plan-zones"), 6);
    }

    [Fact]
    public async Task ClickingLiubaiShowsItsIndustryFocusAndArea()
    {
        await OpenAsync();
        var liushi = Gazetteer.Get("柳市镇", "township_centre");

        await _map.ClickAtAsync(liushi.Lon, liushi.Lat);

        await Assertions.Expect(_map.Identify.Locator("[data-role=identify-name]")).ToHaveTextAsync("柳白分区");
        await Assertions.Expect(_map.Identify).ToContainTextAsync("电工电气");
        await Assertions.Expect(_map.Identify.Locator("[data-role=area]")).ToContainTextAsync("km²");
        await Assertions.Expect(_map.Identify).ToContainTextAsync("示意");
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-identify-liubai.png") });
    }

    [Fact]
    public async Task APermalinkReopensTheSameView()
    {
        await OpenAsync();
        await _map.Layer("axes").Locator("[data-role=toggle]").UncheckAsync();
        await _map.Layer("plan-zones").Locator("[data-role=opacity]").FillAsync("40");
        await _map.Page.Locator("[data-role=lang-en]").ClickAsync();
        await _map.WaitForUrlContainingAsync("lang=en");
        await _map.WaitForUrlContainingAsync("plan-zones:40");
        var permalink = _map.Page.Url;

        var other = new MapPageDriver(await _context.NewPageAsync());
        await other.OpenAsync(permalink);

        Assert.False(await other.Layer("axes").Locator("[data-role=toggle]").IsCheckedAsync());
        Assert.Equal(0, await other.DrawnAsync("axes"));
        Assert.Equal("40", await other.Layer("plan-zones").Locator("[data-role=opacity]").InputValueAsync());
        await Assertions.Expect(other.Page.Locator(".sp-layer-group h3").First).ToHaveTextAsync("Plan structure");
    }

    [Fact]
    public async Task SwitchingToEnglishRelabelsThePanels()
    {
        await OpenAsync();
        await Assertions.Expect(_map.Layer("plan-zones").Locator(".sp-layer-title")).ToHaveTextAsync("一核三区");

        await _map.Page.Locator("[data-role=lang-en]").ClickAsync();

        await Assertions.Expect(_map.Layer("plan-zones").Locator(".sp-layer-title")).ToHaveTextAsync("One core, three districts");
        await Assertions.Expect(_map.Page.Locator(".leaflet-tooltip", new() { HasText = "Liubai" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AHostileFeatureNameIsShownAsTextAndRunsNothing()
    {
        await OpenAsync();
        var (lon, lat) = MapAppFixture.HostileRecordCentre;

        await _map.ClickAtAsync(lon, lat);

        var name = _map.Identify.Locator("[data-role=identify-name]");
        await Assertions.Expect(name).ToHaveTextAsync(MapAppFixture.HostileName);
        Assert.Equal(0, await _map.Identify.Locator("img, script").CountAsync());
        await _map.Page.WaitForTimeoutAsync(500); // an onerror handler would have fired by now
        Assert.False(_dialogRaised, "a dialog was raised: data reached the page as HTML");
    }

    [Fact]
    public async Task SearchingByPinyinZoomsToTheZone()
    {
        await OpenAsync();
        var zoomBefore = await _map.Page.EvaluateAsync<double>("document.querySelector('.sp-map').spatialPlan.view().zoom");

        await _map.Page.Locator("[data-role=search]").FillAsync("liubai");
        await _map.Page.Locator("[data-role=hits] [role=option]").First.ClickAsync();

        await Assertions.Expect(_map.Identify.Locator("[data-role=identify-name]")).ToHaveTextAsync("柳白分区");
        await _map.Page.WaitForFunctionAsync($"z => document.querySelector('.sp-map').spatialPlan.view().zoom > z", zoomBefore);
    }

    [Fact]
    public async Task ThePlanPanelTalliesTheDevelopmentAreaAgainstTheTarget()
    {
        await OpenAsync();

        await _map.Page.Locator("[data-role=tab-plan]").ClickAsync();

        await Assertions.Expect(_map.Page.Locator(".sp-plan")).ToContainTextAsync("目标 ≥ 20 km²");
        await Assertions.Expect(_map.Page.Locator("[data-phase='二期']")).ToBeVisibleAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=targets]")).ToContainTextAsync("250 亿元");
        await Assertions.Expect(_map.Page.Locator("[data-role=progress-chart]")).ToHaveAttributeAsync("data-drawn", "true");
        await _map.Page.Locator("[data-role=progress-chart]").ScrollIntoViewIfNeededAsync();
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-plan-panel.png") });
    }
}
