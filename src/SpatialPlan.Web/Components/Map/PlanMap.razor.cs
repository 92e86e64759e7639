using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using NetTopologySuite.Geometries;
using SpatialPlan.Web.Map;
using SpatialPlan.Web.Ogc;

namespace SpatialPlan.Web.Components.Map;

/// <summary>
/// The Leaflet map, through its collocated module <c>PlanMap.razor.js</c>. Only small values cross the
/// circuit: layer state and bounds go in; clicks, the view and per-layer counts come back. The module reads the
/// symbology and label policy from <c>/api/layers</c> and the features from the OGC API itself, in pages of the
/// API's largest size (<see cref="FeatureApiOptions.LimitMax"/>), passed at start so the two never disagree.
/// </summary>
public sealed partial class PlanMap
{
    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private DotNetObjectReference<PlanMap>? _self;

    [Inject] private IOptions<FeatureApiOptions> FeatureApi { get; set; } = null!;

    [Inject] private IOptions<MapPageOptions> MapPage { get; set; } = null!;

    [Parameter, EditorRequired] public required MapViewState InitialState { get; set; }

    [Parameter] public bool TiandituAvailable { get; set; }

    /// <summary>What the first view fits (lon/lat); the plan extent when null.</summary>
    [Parameter] public Envelope? FitBounds { get; set; }

    /// <summary>The view moved: centre, zoom, and features in view per layer (-1 = hidden).</summary>
    [Parameter] public EventCallback<MapView> ViewChangedCallback { get; set; }

    [Parameter] public EventCallback<(string CollectionId, string FeatureId)> FeatureClickedCallback { get; set; }

    public sealed record MapView(double Lat, double Lon, int Zoom, IReadOnlyDictionary<string, int> Counts);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Map/PlanMap.razor.js");
        _map = await _module.InvokeAsync<IJSObjectReference>("createMap", _element, _self, new
        {
            state = InitialState.Layers.Select(s => new { id = s.Id, visible = s.Visible, opacity = s.Opacity }),
            fit = FitBounds is { } f ? new[] { f.MinX, f.MinY, f.MaxX, f.MaxY } : null,
            center = InitialState.Zoom is { } zoom
                ? new { lat = InitialState.CenterLat, lon = InitialState.CenterLon, zoom }
                : null,
            language = InitialState.Language,
            basemap = InitialState.Basemap,
            tiandituAvailable = TiandituAvailable,
            limits = new { pageSize = FeatureApi.Value.LimitMax },
            testHooks = MapPage.Value.TestHooks,
        });
    }

    /// <summary>A shape was drawn to measure: its GeoJSON geometry (lon/lat), as the browser wrote it.</summary>
    [Parameter] public EventCallback<string> ShapeDrawnCallback { get; set; }

    public Task StartDrawingAsync(string kind) => CallAsync("startDrawing", kind);

    public Task ClearDrawingAsync() => CallAsync("clearDrawing");

    /// <summary>Loads the visible layers again (after a record was saved).</summary>
    public Task ReloadAsync() => CallAsync("refresh");

    /// <summary>What an export ended with: the file the browser downloaded, or the server's problem.</summary>
    public sealed record ExportResult(bool Ok, int Status, string? Detail, string? FileName, long Bytes);

    /// <summary>Exports the current view with the given spec (everything but the bbox, which the map adds).</summary>
    public async Task<ExportResult?> ExportAsync(object spec) =>
        _map is null ? null : await _map.InvokeAsync<ExportResult>("exportMap", spec);

    /// <summary>Shows the sheet of an export at its scale round the map's centre; null hides it.</summary>
    public Task ShowPrintFrameAsync(Panels.ExportPanel.PrintFrame? frame) =>
        CallAsync("showPrintFrame", frame is null ? null : new { paper = frame.Paper, orientation = frame.Orientation, scale = frame.Scale });

    public Task SetLayerAsync(LayerViewState state) =>
        CallAsync("setLayer", new { id = state.Id, visible = state.Visible, opacity = state.Opacity });

    public Task SetOrderAsync(IEnumerable<string> idsBottomToTop) => CallAsync("setOrder", idsBottomToTop.ToArray());

    /// <summary>Switches the map's language, and the document's language and title with it.</summary>
    public Task SetLanguageAsync(string language, string title) => CallAsync("setLanguage", language, title);

    public Task SetBasemapAsync(string basemap) => CallAsync("setBasemap", basemap);

    public Task SetUrlAsync(string query) => CallAsync("setUrl", query);

    public Task FitAsync(Envelope bounds) => CallAsync("fitBounds", bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY);

    [JSInvokable]
    public Task ViewChanged(double lat, double lon, int zoom, Dictionary<string, int?> counts) =>
        ViewChangedCallback.InvokeAsync(new MapView(lat, lon, zoom, counts.ToDictionary(c => c.Key, c => c.Value ?? 0)));

    [JSInvokable]
    public Task ShapeDrawn(string geometryJson) => ShapeDrawnCallback.InvokeAsync(geometryJson);

    [JSInvokable]
    public Task FeatureClicked(string collectionId, string featureId) =>
        FeatureClickedCallback.InvokeAsync((collectionId, featureId));

    private async Task CallAsync(string method, params object?[] args)
    {
        if (_map is not null)
        {
            await _map.InvokeVoidAsync(method, args);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_map is not null)
            {
                await _map.InvokeVoidAsync("dispose");
                await _map.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone (tab closed, circuit dropped): nothing left to clean up there.
        }

        _self?.Dispose();
    }
}
