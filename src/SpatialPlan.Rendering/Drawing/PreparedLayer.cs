using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Drawing;

/// <summary>
/// A visible layer ready to draw: its catalogue entry, the spec's opacity and the features in the frame. A layer
/// with more features in the frame than a page is not held: <see cref="Pages"/> reads it while it is drawn,
/// <see cref="Features"/> is empty, and it gets no labels (too dense to label anyway) and a legend symbol from
/// its catalogue geometry type.
/// </summary>
public sealed record PreparedLayer(LayerDefinition Layer, double Opacity, IReadOnlyList<PlanFeature> Features, FramePages? Pages = null)
{
    /// <summary>
    /// Reads a layer's features in a lon/lat box: one page decides, so a layer that fits is held (labels, legend) and
    /// a bigger one is read again while it is drawn.
    /// </summary>
    public static async Task<PreparedLayer> LoadAsync(LayerDefinition layer, double opacity, IFeatureReader store, Envelope box,
        int pageSize, CancellationToken cancellationToken)
    {
        var found = await store.QueryAsync(layer.Id, new FeatureQuery { Bbox = box, Limit = pageSize }, cancellationToken);
        return found is { } first && first.NumberMatched > pageSize
            ? new PreparedLayer(layer, opacity, [], new FramePages(store, layer.Id, box, pageSize))
            : new PreparedLayer(layer, opacity, found?.Features ?? []);
    }

    /// <summary>The catalogue style of one feature, by its category property.</summary>
    public PathStyle StyleOf(PlanFeature? feature) =>
        Layer.StyleFor(Layer.Categories is { } c ? feature?.Text(c.Field) : null);
}
