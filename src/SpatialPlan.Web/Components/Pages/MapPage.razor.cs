using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Plan;
using SpatialPlan.Web.Components.Map;
using SpatialPlan.Web.Map;
using SpatialPlan.Web.Tiles;

namespace SpatialPlan.Web.Components.Pages;

/// <summary>
/// The planners' page: the map, the layer and plan panels, search and identify. It owns the view state
/// and keeps the permalink in the URL up to date.
/// </summary>
public sealed partial class MapPage
{
    private MapViewState _state = null!;
    private MapViewState _initial = null!;
    private DevelopmentAreaTally _tally = null!;
    private NetTopologySuite.Geometries.Envelope? _fit;
    private IReadOnlyDictionary<string, int> _counts = new Dictionary<string, int>();
    private FeatureDetails? _selected;
    private PlanMap? _map;
    private string _tab = "layers";
    private SpatialPlan.Web.Measure.MeasureResponse? _measured;
    private NetTopologySuite.Geometries.Geometry? _drawn;
    private string? _savedRecord;
    private SpatialPlan.Web.Records.BuiltUpSummary? _recorded;
    private string? _measureError;

    private System.Security.Claims.ClaimsPrincipal? _user;
    private bool _loginFailed;

    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Authentication { get; set; }

    [Inject] private LayerCatalogue Catalogue { get; set; } = null!;
    [Inject] private PlanDocument Plan { get; set; } = null!;
    [Inject] private IFeatureReader Store { get; set; } = null!;
    [Inject] private PlaceSearch Search { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private IOptions<TiandituOptions> Tianditu { get; set; } = null!;
    [Inject] private SpatialPlan.Web.Measure.BreakdownRegionsCache Regions { get; set; } = null!;
    [Inject] private SpatialPlan.Web.Records.BuiltUpRecords Records { get; set; } = null!;
    [Inject] private IOptions<SpatialPlan.Web.Measure.MeasureOptions> MeasureOptions { get; set; } = null!;

    private bool TiandituAvailable => Tianditu.Value.IsConfigured;

    private IEnumerable<(string Id, string Zh, string En)> Basemaps =>
        new[] { (MapViewState.OfflineBasemap, "离线底图 (陆地与行政界线)", "Offline (land and boundaries)"), ("osm", "OpenStreetMap (在线)", "OpenStreetMap (online)") }
            .Concat(TiandituAvailable ? [("tianditu", "天地图 (在线, CGCS2000)", "Tianditu (online, CGCS2000)")] : []);

    protected override async Task OnInitializedAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        _state = Permalink.Decode(query, Catalogue, Basemaps.Select(b => b.Id).ToList());
        _user = Authentication is null ? null : (await Authentication).User;
        _loginFailed = query.Contains("login=failed", StringComparison.Ordinal);
        _initial = _state;
        var blocks = await Store.QueryAsync("development-area", FeatureQuery.All, CancellationToken.None);
        _tally = DevelopmentAreaTally.Of(blocks?.Features ?? []);
        _fit = await PlanStructureExtent();
        await TallyRecordsAsync();
    }

    /// <summary>The plan's own layers (not the basemap): what the first view shows.</summary>
    private async Task<NetTopologySuite.Geometries.Envelope?> PlanStructureExtent()
    {
        NetTopologySuite.Geometries.Envelope? fit = null;
        foreach (var layer in Catalogue.Layers.Where(l => l.Group is LayerGroup.Structure or LayerGroup.Development))
        {
            if (await Store.GetExtentAsync(layer.Id, CancellationToken.None) is { } extent)
            {
                fit ??= new NetTopologySuite.Geometries.Envelope();
                fit.ExpandToInclude(extent);
            }
        }

        return fit;
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
        _measured = null;
        _measureError = null;
        await _map!.StartDrawingAsync(kind);
    }

    private async Task ClearDrawing()
    {
        _measured = null;
        _measureError = null;
        await _map!.ClearDrawingAsync();
    }

    /// <summary>Measures a drawn shape with the same checks and operation as <c>POST /api/measure</c>.</summary>
    private async Task OnShapeDrawn(string geometryJson)
    {
        _tab = "measure";
        var input = SpatialPlan.Web.Measure.MeasureInput.Read(
            System.Text.Encoding.UTF8.GetBytes(geometryJson), Catalogue.Extent, MeasureOptions.Value.MaxVertices);
        _drawn = input.Geometry;
        _savedRecord = null;
        if (input.Geometry is { } geometry)
        {
            _measured = SpatialPlan.Web.Measure.MeasureResponse.From(
                SpatialPlan.Core.Measurement.MeasureOp.Measure(geometry, await Regions.GetAsync()));
            _measureError = null;
        }
        else
        {
            _measured = null;
            _measureError = string.Join("; ", input.Errors.Select(e => e.Message).Concat(input.Problems.Select(p => p.ToString())));
        }
    }

    /// <summary>Saves the drawn area as the signed-in planner's record, then shows it on the map.</summary>
    private async Task SaveRecord(SpatialPlan.Core.Records.BuiltUpInput input)
    {
        if (_drawn is null || SpatialPlan.Web.Auth.PlannerClaims.NameOf(_user!) is not { } author)
        {
            return;
        }

        var (outcome, record) = await Records.CreateAsync(_drawn, input, author, CancellationToken.None);
        _savedRecord = outcome == WriteOutcome.Done ? record!.Id : null;
        _measureError = outcome == WriteOutcome.Done ? null : $"{outcome}";
        await _map!.ClearDrawingAsync();
        await _map.ReloadAsync();
        await TallyRecordsAsync();
    }

    private async Task TallyRecordsAsync()
    {
        var records = await Store.QueryAsync(SpatialPlan.Core.Records.BuiltUpRecord.Collection, FeatureQuery.All, CancellationToken.None);
        _recorded = SpatialPlan.Web.Records.BuiltUpSummary.Of(records?.Features ?? [], await Regions.GetAsync());
    }

    private async Task PickHit(PlaceSearch.Hit hit)
    {
        await _map!.FitAsync(hit.Bounds);
        await ShowDetails(hit.CollectionId, hit.FeatureId);
    }

    private async Task ShowDetails(string collectionId, string featureId)
    {
        var layer = Catalogue.Find(collectionId);
        var feature = layer is null ? null : await Store.GetAsync(collectionId, featureId, CancellationToken.None);
        _selected = feature is null ? null : FeatureDetails.For(layer!, feature, _state.Language);
    }
}
