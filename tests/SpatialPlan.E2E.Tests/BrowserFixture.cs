using Microsoft.Playwright;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>Debian's Chromium, launched once through its executable path; Playwright downloads nothing.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go, for a person to look at.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "e2e")).FullName;

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : ExternalTool.Require("chromium", "apt-get install chromium");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // No sandbox as root in CI; no background traffic on a machine without internet.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
