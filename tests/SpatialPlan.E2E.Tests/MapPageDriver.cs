using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>What the tests do on the map page, in a planner's words.</summary>
public sealed class MapPageDriver(IPage page)
{
    public IPage Page => page;

    public ILocator Map => page.Locator(".sp-map");

    public ILocator Layer(string id) => page.Locator($".sp-layer[data-layer='{id}']");

    public ILocator Identify => page.Locator("[data-role=identify]");

    public async Task OpenAsync(string url)
    {
        await page.GotoAsync(url);
        await page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
    }

    public Task<int> DrawnAsync(string layerId) =>
        page.EvaluateAsync<int>("id => document.querySelector('.sp-map').spatialPlan.drawn(id)", layerId);

    public Task<double> FillOpacityAsync(string layerId) =>
        page.EvaluateAsync<double>("id => document.querySelector('.sp-map').spatialPlan.style(id).fillOpacity", layerId);

    /// <summary>
    /// The Leaflet Path options the page draws a layer's features of one category with (null: the layer's own
    /// style), as its test hook resolves them; null for a layer the page does not have.
    /// </summary>
    public async Task<JsonElement?> DrawnStyleAsync(string layerId, string? categoryValue)
    {
        var options = await page.EvaluateAsync<JsonElement>(
            "([id, value]) => document.querySelector('.sp-map').spatialPlan.styleOf(id, value)", new object?[] { layerId, categoryValue });
        return options.ValueKind == JsonValueKind.Null ? null : options;
    }

    /// <summary>Clicks the map at a lon/lat, where the canvas draws the feature under it.</summary>
    public async Task ClickAtAsync(double lon, double lat)
    {
        var point = await page.EvaluateAsync<Point>(
            $"document.querySelector('.sp-map').spatialPlan.toContainer({lat.ToString(CultureInfo.InvariantCulture)}, {lon.ToString(CultureInfo.InvariantCulture)})");
        await page.Locator(".sp-map-canvas").ClickAsync(new() { Position = new Position { X = (float)point.X, Y = (float)point.Y } });
    }

    /// <summary>
    /// A plain mouse click at a lon/lat, wherever it lands (a drawing tool's vertex marker, say): no check that
    /// the map canvas itself receives it.
    /// </summary>
    public async Task MouseClickAtAsync(double lon, double lat)
    {
        var point = await page.EvaluateAsync<Point>(
            $"document.querySelector('.sp-map').spatialPlan.toContainer({lat.ToString(CultureInfo.InvariantCulture)}, {lon.ToString(CultureInfo.InvariantCulture)})");
        var box = (await page.Locator(".sp-map-canvas").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + (float)point.X, box.Y + (float)point.Y);
    }

    /// <summary>Waits until the page has written the permalink for the current state into the URL.</summary>
    public async Task WaitForUrlContainingAsync(string text) =>
        await page.WaitForFunctionAsync("t => location.search.includes(t)", text, new() { Timeout = 10_000 });

    public sealed class Point
    {
        public double X { get; set; }

        public double Y { get; set; }
    }
}
