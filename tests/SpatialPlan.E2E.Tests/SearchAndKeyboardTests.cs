using Microsoft.Playwright;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>Search as planners type it, the keyboard, axe-core, the favicon and what the permalink keeps.</summary>
public sealed class SearchAndKeyboardTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;
    private readonly List<string> _failedRequests = [];

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await _context.NewPageAsync();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _failedRequests.Add($"{response.Status} {response.Url}");
            }
        };
        _map = new MapPageDriver(page);
        await _map.OpenAsync(app.BaseAddress + "/");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task<string[]> HitsForAsync(string text)
    {
        await _map.Page.Locator("[data-role=search]").FillAsync(text);
        await _map.Page.Locator("[data-role=hits] [role=option]").First.WaitForAsync();
        return [.. await _map.Page.Locator("[data-role=hits] [role=option] span").AllInnerTextsAsync()];
    }

    [Theory]
    [InlineData("瓯江口", "中心区")]
    [InlineData("瓯江口新区", "中心区")]
    [InlineData("温州机场", "温州空港 (温州龙湾国际机场)")]
    [InlineData("浅滩二期", "浅滩二期 (瓯江口新区二期)")]
    [InlineData("zhongxinqu", "中心区")]
    [InlineData("zxq", "中心区")]
    [InlineData("lingkundao", "灵昆岛")]
    public async Task FindsWhatPlannersType(string text, string expected)
    {
        var hits = await HitsForAsync(text);

        Assert.Contains(expected, hits);
        Assert.Equal(hits.Length, hits.Distinct().Count());
    }

    [Fact]
    public async Task ArrowDownAndEnterPickAHit()
    {
        var hits = await HitsForAsync("lingkun");
        Assert.True(hits.Length >= 2);

        await _map.Page.Locator("[data-role=search]").PressAsync("ArrowDown");
        await _map.Page.Locator("[data-role=search]").PressAsync("ArrowDown");
        await _map.Page.Locator("[data-role=search]").PressAsync("Enter");

        await Assertions.Expect(_map.Identify.Locator("[data-role=identify-name]")).ToHaveTextAsync(hits[1]);
    }

    [Fact]
    public async Task ArrowKeysPanTheFocusedMap()
    {
        var before = await _map.Page.EvaluateAsync<double>("document.querySelector('.sp-map').spatialPlan.view().center.lng");

        await _map.Page.Locator(".sp-map-canvas").FocusAsync();
        await _map.Page.Keyboard.PressAsync("ArrowRight");

        await _map.Page.WaitForFunctionAsync("x => document.querySelector('.sp-map').spatialPlan.view().center.lng > x + 1e-6", before);
        var outline = await _map.Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.sp-map-canvas')).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task TheOpenTabAndTheIdentifiedFeatureAreInThePermalink()
    {
        var liushi = Gazetteer.Get("柳市镇", "township_centre");
        await _map.ClickAtAsync(liushi.Lon, liushi.Lat);
        await _map.Page.Locator("[data-role=tab-plan]").ClickAsync();
        await _map.WaitForUrlContainingAsync("tab=plan");
        await _map.WaitForUrlContainingAsync("f=plan-zones/zone-liubai");

        var other = new MapPageDriver(await _context.NewPageAsync());
        await other.OpenAsync(_map.Page.Url);

        await Assertions.Expect(other.Page.Locator("[data-role=tab-plan][aria-selected=true]")).ToBeVisibleAsync();
        await Assertions.Expect(other.Identify.Locator("[data-role=identify-name]")).ToHaveTextAsync("柳白分区");
    }

    [Fact]
    public async Task TheFaviconIsServedAndNothingIsMissing()
    {
        var favicon = await _map.Page.EvaluateAsync<string>("document.querySelector('link[rel=icon]').href");
        var response = await _context.APIRequest.GetAsync(favicon);

        Assert.Equal(200, response.Status);
        Assert.Empty(_failedRequests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?lang=en&tab=plan")]
    public async Task AxeFindsNoSeriousOrCriticalViolations(string query)
    {
        await _map.OpenAsync(app.BaseAddress + "/" + query);
        await _map.Page.AddScriptTagAsync(new() { Path = Path.Combine(RepoPaths.Root, "src", "SpatialPlan.Web", "node_modules", "axe-core", "axe.min.js") });

        var report = await _map.Page.EvaluateAsync<string>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target })));
            }
            """);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, $"axe{(query.Length == 0 ? "" : "-en-plan")}.json"), report,
            TestContext.Current.CancellationToken);

        var serious = System.Text.Json.JsonDocument.Parse(report).RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => v.GetRawText()).ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
