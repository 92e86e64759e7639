using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>
/// Each language reads as itself: no Chinese in English mode except names and quoted plan sentences (tagged
/// <c>lang="zh-CN"</c>), no English codes ("island", "planned") in Chinese mode; the document's language and title follow.
/// </summary>
public sealed partial class LanguageTextTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        _map = new MapPageDriver(await _context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Cjk();

    // A lower-case ASCII word of three letters or more: a code such as "island", "road" or "planned".
    [GeneratedRegex(@"(?<![A-Za-z.])[a-z]{3,}(?![A-Za-z])")]
    private static partial Regex AsciiWord();

    /// <summary>G228's middle: a thin line of the transport layer, where nothing else is drawn above it.</summary>
    private static readonly (double Lon, double Lat) G228 = (120.98677, 28.01946);

    private async Task<string[]> EveryTabAsync(string otherLanguage)
    {
        var texts = new List<string>();
        foreach (var tab in new[] { "layers", "plan", "measure", "export" })
        {
            await _map.Page.Locator($"[data-role=tab-{tab}]").ClickAsync();
            await _map.Page.Locator($"[data-role=tab-{tab}][aria-selected=true]").WaitForAsync();
            texts.AddRange(await PageText.VisibleAsync(_map.Page, otherLanguage));
        }

        await _map.ClickAtAsync(G228.Lon, G228.Lat);
        await Assertions.Expect(_map.Identify.Locator("[data-role=identify-name]")).ToContainTextAsync("G228");
        texts.AddRange(await PageText.VisibleAsync(_map.Page, otherLanguage));
        return [.. texts];
    }

    [Fact]
    public async Task EnglishModeShowsNoChineseButNames()
    {
        await _map.OpenAsync(app.BaseAddress + "/?lang=en");

        var texts = await EveryTabAsync("zh");

        Assert.DoesNotContain(texts, t => Cjk().IsMatch(t));
        Assert.Equal("en", await _map.Page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.StartsWith("Oujiangkou", await _map.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("25 billion CNY", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("100,000 residents", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Under construction", StringComparison.Ordinal));
        await _map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "english-identify-g228.png") });
    }

    [Fact]
    public async Task ChineseModeShowsNoEnglishCodes()
    {
        await _map.OpenAsync(app.BaseAddress + "/");

        var texts = await EveryTabAsync("en");

        Assert.DoesNotContain(texts, t => AsciiWord().IsMatch(t));
        Assert.Equal("zh-CN", await _map.Page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Contains(texts, t => t.Contains("在建", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("国道", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwitchingLanguageChangesTheDocumentLanguageAndTitle()
    {
        await _map.OpenAsync(app.BaseAddress + "/");
        Assert.StartsWith("瓯江口", await _map.Page.TitleAsync(), StringComparison.Ordinal);

        await _map.Page.Locator("[data-role=lang-en]").ClickAsync();

        await _map.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'en' && document.title.startsWith('Oujiangkou')");
    }
}
