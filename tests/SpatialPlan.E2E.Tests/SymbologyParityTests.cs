using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Rendering.Symbology;

namespace SpatialPlan.E2E.Tests;

/// <summary>
/// The browser and the export renderer follow the one catalogue: what Leaflet resolves each layer's and category's
/// style to in the page equals what <see cref="LeafletSymbology"/> paints with, and the page labels what the label
/// policy (<see cref="LabelPolicy"/>) puts on screen, with its text.
/// </summary>
public sealed class SymbologyParityTests(MapAppFixture app, BrowserFixture browser)
    : IClassFixture<MapAppFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private MapPageDriver _map = null!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        _map = new MapPageDriver(await _context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task TheBrowserResolvesEveryLayerAndCategoryAsTheRendererDoes()
    {
        var catalogue = app.Services.GetRequiredService<LayerCatalogue>();
        await _map.OpenAsync(app.BaseAddress + "/");

        var compared = new List<string>();
        var differences = new List<string>();
        foreach (var layer in catalogue.Layers)
        {
            foreach (var value in CategoryValues(layer))
            {
                var where = $"{layer.Id}/{value ?? "(layer)"}";
                var drawn = await _map.DrawnStyleAsync(layer.Id, value);
                var painted = LeafletSymbology.Resolve(layer.StyleFor(value));
                if (drawn is not { } options || ToOptions(options) != painted)
                {
                    differences.Add($"{where}: browser {drawn?.GetRawText() ?? "(no layer)"}, renderer {painted}");
                }

                compared.Add(where);
            }
        }

        Assert.Empty(differences);
        Assert.Equal(catalogue.Layers.Sum(l => 1 + (l.Categories?.Classes.Count ?? 0)), compared.Count);
    }

    [Fact]
    public async Task TheScreenLabelsWhatTheCataloguesLabelPolicyPutsOnScreenInBothLanguages()
    {
        var geodata = app.Services.GetRequiredService<PlanGeodata>();
        await _map.OpenAsync(app.BaseAddress + "/");
        var labels = _map.Page.Locator(".leaflet-tooltip.sp-label");

        Assert.Equal(ScreenLabels(geodata, "zh"), (await labels.AllTextContentsAsync()).Order());

        var english = ScreenLabels(geodata, "en");
        await _map.Page.Locator("[data-role=lang-en]").ClickAsync();
        await _map.Page.WaitForFunctionAsync(
            "names => [...document.querySelectorAll('.leaflet-tooltip.sp-label')].every(e => names.includes(e.textContent))", english, new() { Timeout = 10_000 });
        Assert.Equal(english, (await labels.AllTextContentsAsync()).Order());
    }

    /// <summary>What the policy says the screen shows: the areas of the layers it puts on screen, by its text rule.</summary>
    private static List<string> ScreenLabels(PlanGeodata geodata, string language) =>
        geodata.Catalogue.Layers
            .Where(l => l.Labels?.OnScreen == true)
            .SelectMany(l => geodata.FeaturesOf(l.Id)
                .Where(f => f.Geometry is Polygon or MultiPolygon)
                .Select(f => l.Labels!.TextOf(f, language)))
            .OfType<string>()
            .Order()
            .ToList();

    /// <summary>The layer's own style (null: no category matches) and each of its categories.</summary>
    private static IEnumerable<string?> CategoryValues(LayerDefinition layer) =>
        new string?[] { null }.Concat(layer.Categories?.Classes.Select(c => c.Value) ?? []);

    private static LeafletPathOptions ToOptions(JsonElement o) => new(
        o.GetProperty("color").GetString()!,
        o.GetProperty("weight").GetDouble(),
        o.GetProperty("opacity").GetDouble(),
        o.GetProperty("fillColor").GetString()!,
        o.GetProperty("fillOpacity").GetDouble(),
        o.GetProperty("dashArray").ValueKind == JsonValueKind.Null ? null : o.GetProperty("dashArray").GetString(),
        o.GetProperty("radius").GetDouble());
}
