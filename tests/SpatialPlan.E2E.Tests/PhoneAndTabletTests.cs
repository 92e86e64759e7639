using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>The page on a phone (390×844) and a tablet (768×1024): the map keeps the screen, the panel stays usable.</summary>
public sealed class PhoneAndTabletTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>
{
    private async Task<MapPageDriver> OpenAsync(int width, int height, string query = "")
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, HasTouch = true, IsMobile = width < 700, DeviceScaleFactor = 2,
        });
        var map = new MapPageDriver(await context.NewPageAsync());
        await map.OpenAsync(app.BaseAddress + "/" + query);
        return map;
    }

    [Fact]
    public async Task OnAPhoneTheMapTakesTheWholeWidthAndThePanelIsABottomSheet()
    {
        var map = await OpenAsync(390, 844);

        var box = (await map.Map.BoundingBoxAsync())!;
        Assert.True(box.Width >= 0.9 * 390, $"the map is {box.Width} px wide on a 390 px phone");
        var sheet = (await map.Page.Locator(".sp-sidebar").BoundingBoxAsync())!;
        Assert.True(sheet.Y > 844 / 2, $"the panel starts at {sheet.Y} px: it covers the top of the map");
        Assert.True(sheet.Y + sheet.Height <= 845, "the panel runs off the screen");
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "phone-390-map.png") });

        // The panel is usable: open it, switch to the plan tab, read the targets, switch language.
        await map.Page.Locator("[data-role=sheet-toggle]").TapAsync();
        await map.Page.Locator("[data-role=tab-plan]").TapAsync();
        // The targets follow the recorded tally and its chart: the sheet scrolls to them.
        await map.Page.Locator("[data-role=targets]").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(map.Page.Locator("[data-role=targets]")).ToBeInViewportAsync();
        var tab = (await map.Page.Locator("[data-role=tab-plan]").BoundingBoxAsync())!;
        Assert.True(tab.Height >= 44, $"a tab is {tab.Height} px high: too small for a finger");
        await map.Page.Locator("[data-role=lang-en]").TapAsync();
        await Assertions.Expect(map.Page.Locator("[data-role=targets]")).ToContainTextAsync("25 billion CNY");
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "phone-390-plan-panel.png") });
    }

    [Fact]
    public async Task OnAPhoneTappingAZoneShowsItsDetailsAboveTheSheet()
    {
        var liushi = SpatialPlan.TestSupport.Gazetteer.Get("柳市镇", "township_centre");
        // Zoomed in on 柳市: at the whole plan's zoom the G15 line passes within the click tolerance of the town.
        var map = await OpenAsync(390, 844, FormattableString.Invariant($"?c={liushi.Lat},{liushi.Lon}&z=13"));

        await map.ClickAtAsync(liushi.Lon, liushi.Lat);

        await Assertions.Expect(map.Identify.Locator("[data-role=identify-name]")).ToHaveTextAsync("柳白分区");
        var card = (await map.Identify.BoundingBoxAsync())!;
        var sheet = (await map.Page.Locator(".sp-sidebar").BoundingBoxAsync())!;
        Assert.True(card.Y + card.Height <= sheet.Y, "the identify card hides behind the panel");
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "phone-390-identify.png") });
    }

    [Fact]
    public async Task OnATabletTheMapKeepsMostOfTheWidth()
    {
        var map = await OpenAsync(768, 1024);

        var box = (await map.Map.BoundingBoxAsync())!;
        Assert.True(box.Width >= 0.6 * 768, $"the map is {box.Width} px wide on a 768 px tablet");
        await map.Page.Locator("[data-role=tab-plan]").TapAsync();
        await Assertions.Expect(map.Page.Locator("[data-role=targets]")).ToBeVisibleAsync();
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "tablet-768.png") });
    }
}
