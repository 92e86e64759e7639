using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>A planner signs in on the page (needed to record built-up area) and keeps the view.</summary>
public sealed class SignInTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        _map = new MapPageDriver(await _context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task SignInAsync(string password)
    {
        await _map.Page.Locator("[data-role=account] summary").ClickAsync();
        await _map.Page.Locator("[data-role=login-name]").FillAsync(MapAppFixture.PlannerName);
        await _map.Page.Locator("[data-role=login-password]").FillAsync(password);
        await _map.Page.Locator("[data-role=login]").ClickAsync();
        await _map.Page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task SignsInAndOutKeepingTheLanguage()
    {
        await _map.OpenAsync(app.BaseAddress + "/?lang=en");

        await SignInAsync(MapAppFixture.PlannerPassword);

        await Assertions.Expect(_map.Page.Locator("[data-role=signed-in]")).ToContainTextAsync("王工");
        await Assertions.Expect(_map.Page.Locator("[data-role=signed-in]")).ToContainTextAsync("Signed in");
        await _map.Page.Locator("[data-role=logout]").ClickAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=login]")).ToBeAttachedAsync();
    }

    [Fact]
    public async Task SaysSoWhenThePasswordIsWrong()
    {
        await _map.OpenAsync(app.BaseAddress + "/");

        await SignInAsync("not the password");

        await Assertions.Expect(_map.Page.Locator("[data-role=login-failed]")).ToBeVisibleAsync();
        Assert.Equal(0, await _map.Page.Locator("[data-role=signed-in]").CountAsync());
    }
}
