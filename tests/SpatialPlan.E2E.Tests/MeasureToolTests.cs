using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>A planner draws a shape on the map and reads its area and breakdown.</summary>
public sealed class MeasureToolTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>A 0.016° × 0.012° box centred on the line where the 一期 and 二期 blocks meet (half in each).</summary>
    private static readonly (double Lon, double Lat)[] AcrossPhases =
    [
        (120.95454, 27.92327), (120.97054, 27.92327), (120.97054, 27.93527), (120.95454, 27.93527),
    ];

    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        _map = new MapPageDriver(await _context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task DrawingAPolygonAcrossTwoPhasesShowsItsAreaAndBreakdown()
    {
        await _map.OpenAsync(app.BaseAddress + "/?c=27.9293,120.9625&z=13");
        await _map.Page.Locator("[data-role=tab-measure]").ClickAsync();

        await _map.Page.Locator("[data-role=draw-polygon]").ClickAsync();
        foreach (var (lon, lat) in AcrossPhases)
        {
            await _map.MouseClickAtAsync(lon, lat);
        }

        await _map.MouseClickAtAsync(AcrossPhases[0].Lon, AcrossPhases[0].Lat); // the first vertex closes it

        var result = _map.Page.Locator("[data-role=measure-result]");
        await Assertions.Expect(result).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var km2 = double.Parse((await _map.Page.Locator("[data-role=area-km2]").InnerTextAsync()).Replace("km²", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(km2, 2.0, 2.6); // 0.016° × 0.012° at 27.93°N ≈ 1.574 km × 1.331 km, give or take the clicks' pixels
        await Assertions.Expect(_map.Page.Locator("[data-role=breakdown-phases] [data-phase='一期']")).ToBeVisibleAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=breakdown-phases] [data-phase='二期']")).ToBeVisibleAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=breakdown-zones]")).ToContainTextAsync("中心区");
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-measure.png") });
    }

    [Fact]
    public async Task ASignedInPlannerSavesTheShapeAsARecordAndFindsItAfterAReload()
    {
        await SignInAsync();
        var before = await _map.DrawnAsync("built-up");

        await DrawAcrossPhasesAsync();
        await _map.Page.Locator("[data-role=record-year]").FillAsync("2024");
        await _map.Page.Locator("[data-role=record-note]").FillAsync("E2E 一期二期交界 已竣工");
        await _map.Page.Locator("[data-role=record-save]").ClickAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=record-saved]")).ToContainTextAsync("bu-");

        await _map.Page.ReloadAsync();
        await _map.Page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(before + 1, await _map.DrawnAsync("built-up"));
        // Inside the record, well away from the 东拓 strategy line that crosses its middle (lines take clicks within 6 px).
        await _map.ClickAtAsync(120.966, 27.933);
        await Assertions.Expect(_map.Identify).ToContainTextAsync("E2E 一期二期交界 已竣工");
        await Assertions.Expect(_map.Identify).ToContainTextAsync("2024");
        await _map.Page.Locator("[data-role=tab-plan]").ClickAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=recorded-total]")).Not.ToHaveTextAsync("0.000 km²");
        await Assertions.Expect(_map.Page.Locator("[data-role=progress-chart]")).ToHaveAttributeAsync("data-drawn", "true");
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-record-saved.png") });
    }

    [Fact]
    public async Task APlannerCannotSaveAYearTheApiRefusesAndIsToldWhyInThePagesLanguage()
    {
        await SignInAsync();
        var before = await _map.DrawnAsync("built-up");

        await DrawAcrossPhasesAsync();
        await _map.Page.Locator("[data-role=record-year]").FillAsync("3000");
        await _map.Page.Locator("[data-role=record-save]").ClickAsync();

        await Assertions.Expect(_map.Page.Locator("[data-role=measure-error]")).ToHaveTextAsync("建成年份须为 1990 至 2100 年之间的整数年份。");
        await Assertions.Expect(_map.Page.Locator("[data-role=record-saved]")).ToHaveCountAsync(0);
        await _map.Page.Locator("[data-role=lang-en]").ClickAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=measure-error]")).ToHaveTextAsync("The year built must be a whole year from 1990 to 2100.");
        await _map.Page.ReloadAsync();
        await _map.Page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(before, await _map.DrawnAsync("built-up"));
    }

    private async Task SignInAsync()
    {
        await _map.OpenAsync(app.BaseAddress + "/?c=27.9293,120.9625&z=13");
        await _map.Page.Locator("[data-role=account] summary").ClickAsync();
        await _map.Page.Locator("[data-role=login-name]").FillAsync(MapAppFixture.PlannerName);
        await _map.Page.Locator("[data-role=login-password]").FillAsync(MapAppFixture.PlannerPassword);
        await _map.Page.Locator("[data-role=login]").ClickAsync();
        await _map.Page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
    }

    /// <summary>Draws <see cref="AcrossPhases"/> on the measure tab, closing it on its first vertex.</summary>
    private async Task DrawAcrossPhasesAsync()
    {
        await _map.Page.Locator("[data-role=tab-measure]").ClickAsync();
        await _map.Page.Locator("[data-role=draw-polygon]").ClickAsync();
        foreach (var (lon, lat) in AcrossPhases.Append(AcrossPhases[0]))
        {
            await _map.MouseClickAtAsync(lon, lat);
        }
    }
}
