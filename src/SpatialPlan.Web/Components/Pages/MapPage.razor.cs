using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Plan;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Auth;
using SpatialPlan.Web.Basemap;
using SpatialPlan.Web.Components.Map;
using SpatialPlan.Web.Map;
using SpatialPlan.Web.Measure;
using SpatialPlan.Web.Records;

namespace SpatialPlan.Web.Components.Pages;

/// <summary>
/// The planners' page: the map, the layer and plan panels, search, identify, measure and save. It owns the view
/// state and keeps the permalink in the URL up to date; reading, measuring and saving are the services' (the
/// same the API's endpoints call), each given a token cancelled when the page goes away.
/// </summary>
public sealed partial class MapPage : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private MapViewState _state = null!;
    private MapViewState _initial = null!;
    private DevelopmentAreaTally _tally = null!;
    private Envelope? _fit;
    private IReadOnlyDictionary<string, int> _counts = new Dictionary<string, int>();
    private FeatureDetails? _selected;
    private PlanMap? _map;
    private string _tab = "layers";
    private MeasureSession _measure = null!;
    private RecordEditSession _editing = null!;
    private BuiltUpSummary? _recorded;

    private ClaimsPrincipal? _user;
    private bool _loginFailed;

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    [Inject] private LayerCatalogue Catalogue { get; set; } = null!;
    [Inject] private PlanDocument Plan { get; set; } = null!;
    [Inject] private PlaceSearch Search { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private IOptions<TiandituOptions> Tianditu { get; set; } = null!;
    [Inject] private PlanMapData MapData { get; set; } = null!;
    [Inject] private MeasureService Measure { get; set; } = null!;
    [Inject] private BuiltUpRecords Records { get; set; } = null!;
    [Inject] private TargetProgress Progress { get; set; } = null!;

    // Taken once: the source's Token throws once it is disposed, and a handler still running must see it cancelled.
    public MapPage() => Lifetime = _lifetime.Token;

    private CancellationToken Lifetime { get; }

    /// <summary>The signed-in planner's name, or null for a visitor.</summary>
    private string? Planner => _user is null ? null : PlannerClaims.NameOf(_user);

    private bool TiandituAvailable => Tianditu.Value.IsConfigured;

    private IEnumerable<(string Id, string Zh, string En)> Basemaps =>
        new[] { (MapViewState.OfflineBasemap, "离线底图 (陆地与行政界线)", "Offline (land and boundaries)"), ("osm", "OpenStreetMap (在线)", "OpenStreetMap (online)") }
            .Concat(TiandituAvailable ? [("tianditu", "天地图 (在线, CGCS2000)", "Tianditu (online, CGCS2000)")] : []);

    protected override async Task OnInitializedAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        _state = Permalink.Decode(query, Catalogue, Basemaps.Select(b => b.Id).ToList());
        _measure = new MeasureSession(Measure, Records);
        _editing = new RecordEditSession(Records);
        _user = Authentication is null ? null : (await Authentication).User;
        _loginFailed = query.Contains("login=failed", StringComparison.Ordinal);
        _initial = _state;
        _tally = await Progress.PlannedAsync(Lifetime);
        _fit = await MapData.StructureExtentAsync(Lifetime);
        _recorded = await Progress.RecordedAsync(Lifetime);
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private async Task Update(MapViewState next)
    {
        _state = next;
        if (_map is not null)
        {
            await _map.SetUrlAsync(Permalink.Encode(_state));
        }
    }

    private async Task ToggleLayer((string Id, bool Visible) change)
    {
        var layer = _state.Layer(change.Id) with { Visible = change.Visible };
        await Update(_state.WithLayer(layer));
        await _map!.SetLayerAsync(layer);
    }

    private async Task SetOpacity((string Id, double Opacity) change)
    {
        var layer = _state.Layer(change.Id) with { Opacity = Math.Clamp(change.Opacity, 0, 1) };
        await Update(_state.WithLayer(layer));
        await _map!.SetLayerAsync(layer);
    }

    private async Task MoveLayer((string Id, bool Up) move)
    {
        await Update(_state.Move(move.Id, move.Up));
        await _map!.SetOrderAsync(_state.Layers.Select(l => l.Id));
    }

    private async Task SetLanguage(string language)
    {
        await Update(_state with { Language = language });
        await _map!.SetLanguageAsync(language);
        if (_selected is not null)
        {
            await ShowDetails(_selected.CollectionId, _selected.FeatureId);
        }
    }

    private async Task SetBasemap(string basemap)
    {
        await Update(_state with { Basemap = basemap });
        await _map!.SetBasemapAsync(basemap);
    }

    private async Task OnViewChanged(PlanMap.MapView view)
    {
        _counts = view.Counts;
        await Update(_state with { CenterLat = view.Lat, CenterLon = view.Lon, Zoom = view.Zoom });
    }

    private Task OnFeatureClicked((string CollectionId, string FeatureId) click) => ShowDetails(click.CollectionId, click.FeatureId);

    private async Task<PlanMap.ExportResult?> ExportAsync(object spec) =>
        _map is null ? null : await _map.ExportAsync(spec);

    private async Task StartDrawing(string kind)
    {
        _measure.Clear();
        await _map!.StartDrawingAsync(kind);
    }

    private async Task ClearDrawing()
    {
        _measure.Clear();
        await _map!.ClearDrawingAsync();
    }

    private async Task OnShapeDrawn(string geometryJson)
    {
        _tab = "measure";
        await _measure.ShapeDrawnAsync(geometryJson, Lifetime);
    }

    /// <summary>Saves the drawn area as the signed-in planner's record, then shows it on the map and in the tally.</summary>
    private async Task SaveRecord(BuiltUpInput input)
    {
        if (PlannerClaims.NameOf(_user!) is not { } author || await _measure.SaveAsync(input, author, Lifetime) is null)
        {
            return;
        }

        await _map!.ClearDrawingAsync();
        await _map.ReloadAsync();
        _recorded = await Progress.RecordedAsync(Lifetime);
    }

    private async Task PickHit(PlaceSearch.Hit hit)
    {
        await _map!.FitAsync(hit.Bounds);
        await ShowDetails(hit.CollectionId, hit.FeatureId);
    }

    private async Task ShowDetails(string collectionId, string featureId)
    {
        _selected = await MapData.DetailsAsync(collectionId, featureId, _state.Language, Lifetime);
        // A signed-in planner may edit a record they open; the edit starts from the version read now.
        if (_selected is not null && collectionId == BuiltUpRecord.Collection && Planner is not null &&
            _editing.RecordId != featureId)
        {
            await _editing.OpenAsync(featureId, Lifetime);
        }
    }

    /// <summary>Saves the record editor's details, over the version it was read at or, after a conflict was shown,
    /// over the newer one; the map and the tally show the result.</summary>
    private async Task SaveEdit((BuiltUpInput Input, bool OverConflict) edit)
    {
        if (Planner is not { } author)
        {
            return;
        }

        var saved = edit.OverConflict
            ? await _editing.SaveOverConflictAsync(edit.Input, author, Lifetime)
            : await _editing.SaveAsync(edit.Input, author, Lifetime);
        if (saved)
        {
            await AfterRecordChangedAsync();
        }
    }

    private async Task TakeTheirEdit() => await _editing.TakeTheirsAsync(Lifetime);

    private async Task DeleteRecord()
    {
        if (Planner is { } author && await _editing.DeleteAsync(author, Lifetime))
        {
            await AfterRecordChangedAsync();
        }
    }

    private async Task AfterRecordChangedAsync()
    {
        await _map!.ReloadAsync();
        _recorded = await Progress.RecordedAsync(Lifetime);
        if (_selected is not null && !_editing.Deleted)
        {
            _selected = await MapData.DetailsAsync(_selected.CollectionId, _selected.FeatureId, _state.Language, Lifetime);
        }
    }
}
