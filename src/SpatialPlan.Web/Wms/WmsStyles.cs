using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// The styles a layer offers: <c>default</c>, the catalogue's symbology with the layer's labels (where the catalogue
/// labels it), and for a labelled layer <c>plain</c>, the same without labels (for a client that tiles its requests
/// and would cut labels at the tile edges, or draws labels of its own).
/// </summary>
public static class WmsStyles
{
    public const string Default = "default";
    public const string Plain = "plain";

    public sealed record Style(string Name, string Title);

    public static IEnumerable<Style> For(LayerDefinition layer)
    {
        yield return new Style(Default, layer.Labels is null ? "规划图例 / the plan's symbology" : "规划图例, 注记 / the plan's symbology, labelled");
        if (layer.Labels is not null)
        {
            yield return new Style(Plain, "规划图例, 无注记 / the plan's symbology, no labels");
        }
    }

    /// <summary>Whether a style name (empty: the default) is one of the layer's, and whether it draws labels.</summary>
    public static bool? DrawsLabels(LayerDefinition layer, string style) => style switch
    {
        "" or Default => layer.Labels is not null,
        Plain when layer.Labels is not null => false,
        _ => null,
    };
}
