using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.Map;

/// <summary>
/// What a planner sees: centre and zoom (null until the map has fitted the plan extent), layers in draw
/// order from bottom to top, language and basemap, the panel's open tab and the identified feature. Everything here
/// lives in the permalink.
/// </summary>
public sealed record MapViewState(
    double? CenterLat,
    double? CenterLon,
    int? Zoom,
    IReadOnlyList<LayerViewState> Layers,
    string Language,
    string Basemap)
{
    public const string OfflineBasemap = "offline";

    /// <summary>The panel's tabs, the first one open by default.</summary>
    public static readonly IReadOnlyList<string> Tabs = ["layers", "plan", "measure", "export"];

    /// <summary>The open tab of the panel.</summary>
    public string Tab { get; init; } = Tabs[0];

    /// <summary>The feature shown in the identify panel, if any.</summary>
    public FeatureRef? Selected { get; init; }

    /// <summary>The first view: every layer visible at full opacity, in the catalogue's draw order.</summary>
    public static MapViewState Default(LayerCatalogue catalogue) => new(
        null, null, null,
        catalogue.Layers.OrderBy(l => l.DrawOrder).Select(l => new LayerViewState(l.Id, true, 1.0)).ToList(),
        "zh",
        OfflineBasemap);

    public LayerViewState Layer(string id) => Layers.Single(l => l.Id == id);

    public MapViewState WithLayer(LayerViewState changed) =>
        this with { Layers = Layers.Select(l => l.Id == changed.Id ? changed : l).ToList() };

    /// <summary>Moves a layer one step up (drawn later, on top) or down in the draw order.</summary>
    public MapViewState Move(string id, bool up)
    {
        var list = Layers.ToList();
        var i = list.FindIndex(l => l.Id == id);
        var j = up ? i + 1 : i - 1;
        if (i < 0 || j < 0 || j >= list.Count)
        {
            return this;
        }

        (list[i], list[j]) = (list[j], list[i]);
        return this with { Layers = list };
    }
}

/// <summary>A feature by collection and id, as the permalink names it (<c>f=plan-zones/zone-core</c>).</summary>
public sealed record FeatureRef(string CollectionId, string FeatureId);
