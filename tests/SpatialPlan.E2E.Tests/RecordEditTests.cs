using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>
/// A signed-in planner edits a record's details on the page while another planner changes it through the API: the
/// page's save names the version it read, so the other planner's change is shown, not overwritten, and the planner
/// chooses. Deleting asks first and keeps the record in its history.
/// </summary>
public sealed class RecordEditTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const double Lat = 27.9293;

    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;
    private HttpClient _other = null!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        _map = new MapPageDriver(await _context.NewPageAsync());
        _other = new HttpClient { BaseAddress = new Uri(app.BaseAddress) };
        _other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MapAppFixture.OtherPlannerApiKey);
    }

    public async ValueTask DisposeAsync()
    {
        _other.Dispose();
        await _context.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A 0.01° square parcel centred on (<paramref name="lon"/>, 27.9293) in 中心区: each test its own, as they share the app.</summary>
    private static StringContent Record(double lon, string note)
    {
        var (w, e, s, n) = (lon - 0.005, lon + 0.005, Lat - 0.005, Lat + 0.005);
        var ring = FormattableString.Invariant($"[[{w},{s}],[{e},{s}],[{e},{n}],[{w},{n}],[{w},{s}]]");
        return new($$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[{{{ring}}}]},"properties":{"name_zh":"编辑测试地块","built_year":2023,"note":"{{{note}}}"}}""",
            Encoding.UTF8, "application/geo+json");
    }

    private async Task<string> CreateByTheOtherPlannerAsync(double lon)
    {
        var created = await _other.PostAsync("/ogc/collections/built-up/items", Record(lon, "原始"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.AbsolutePath;
    }

    private async Task<(string? Note, string? ETag)> ReadAsync(string url)
    {
        var response = await _other.GetAsync(url, Ct);
        response.EnsureSuccessStatusCode();
        var note = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("properties").GetProperty("note").GetString();
        return (note, response.Headers.ETag?.ToString());
    }

    private async Task OpenSignedInOnTheRecordAsync(double lon)
    {
        await _map.OpenAsync(app.BaseAddress + FormattableString.Invariant($"/?c={Lat},{lon}&z=13"));
        await _map.Page.Locator("[data-role=account] summary").ClickAsync();
        await _map.Page.Locator("[data-role=login-name]").FillAsync(MapAppFixture.PlannerName);
        await _map.Page.Locator("[data-role=login-password]").FillAsync(MapAppFixture.PlannerPassword);
        await _map.Page.Locator("[data-role=login]").ClickAsync();
        await _map.Page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
        await _map.ClickAtAsync(lon, Lat);
        await Assertions.Expect(_map.Page.Locator("[data-role=record-editor]")).ToHaveAttributeAsync("data-version", "1");
    }

    [Fact]
    public async Task ASaveOverSomeoneElsesNewerChangeShowsTheConflictAndOverwritesOnlyWhenChosen()
    {
        const double lon = 120.935;
        var url = await CreateByTheOtherPlannerAsync(lon);
        await OpenSignedInOnTheRecordAsync(lon);
        await Assertions.Expect(_map.Page.Locator("[data-role=edit-note]")).ToHaveValueAsync("原始");

        // 李工 saves a change after 王工 opened the record.
        Assert.Equal(HttpStatusCode.OK, (await _other.PutAsync(url, Record(lon, "李工的修改"), Ct)).StatusCode);
        await _map.Page.Locator("[data-role=edit-note]").FillAsync("王工的修改");
        await _map.Page.Locator("[data-role=edit-save]").ClickAsync();

        await Assertions.Expect(_map.Page.Locator("[data-role=edit-conflict]")).ToBeVisibleAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=conflict-note]")).ToHaveTextAsync("李工的修改");
        await Assertions.Expect(_map.Page.Locator("[data-role=edit-message]")).ToContainTextAsync("第 2 版");
        Assert.Equal(("李工的修改", "\"v2\""), await ReadAsync(url)); // nothing overwritten
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "map-record-conflict.png") });

        await _map.Page.Locator("[data-role=edit-save-over]").ClickAsync();

        await Assertions.Expect(_map.Page.Locator("[data-role=record-editor]")).ToHaveAttributeAsync("data-version", "3");
        await Assertions.Expect(_map.Page.Locator("[data-role=edit-conflict]")).ToHaveCountAsync(0);
        Assert.Equal(("王工的修改", "\"v3\""), await ReadAsync(url));
        await Assertions.Expect(_map.Identify).ToContainTextAsync("王工的修改");
    }

    [Fact]
    public async Task KeepingTheirVersionDropsMyValuesAndEditsTheirs()
    {
        const double lon = 120.960;
        var url = await CreateByTheOtherPlannerAsync(lon);
        await OpenSignedInOnTheRecordAsync(lon);
        Assert.Equal(HttpStatusCode.OK, (await _other.PutAsync(url, Record(lon, "李工的修改"), Ct)).StatusCode);
        await _map.Page.Locator("[data-role=edit-note]").FillAsync("王工的修改");
        await _map.Page.Locator("[data-role=edit-save]").ClickAsync();
        await Assertions.Expect(_map.Page.Locator("[data-role=edit-conflict]")).ToBeVisibleAsync();

        await _map.Page.Locator("[data-role=edit-take-theirs]").ClickAsync();

        await Assertions.Expect(_map.Page.Locator("[data-role=record-editor]")).ToHaveAttributeAsync("data-version", "2");
        await Assertions.Expect(_map.Page.Locator("[data-role=edit-note]")).ToHaveValueAsync("李工的修改");
        Assert.Equal(("李工的修改", "\"v2\""), await ReadAsync(url));
    }

    [Fact]
    public async Task DeletingAsksFirstAndKeepsTheRecordInItsHistory()
    {
        const double lon = 120.9475;
        var url = await CreateByTheOtherPlannerAsync(lon);
        await OpenSignedInOnTheRecordAsync(lon);

        await _map.Page.Locator("[data-role=edit-delete]").ClickAsync();
        Assert.Equal(HttpStatusCode.OK, (await _other.GetAsync(url, Ct)).StatusCode); // asking deletes nothing
        await _map.Page.Locator("[data-role=edit-delete-confirm]").ClickAsync();

        await Assertions.Expect(_map.Page.Locator("[data-role=record-deleted]")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _other.GetAsync(url, Ct)).StatusCode);
        var history = JsonDocument.Parse(await _other.GetStringAsync(url + "/history", Ct)).RootElement.GetProperty("versions");
        Assert.Equal(["created", "deleted"], history.EnumerateArray().Select(v => v.GetProperty("action").GetString()));
    }
}
