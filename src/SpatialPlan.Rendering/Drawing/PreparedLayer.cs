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
    /// <summary>The catalogue style of one feature, by its category property.</summary>
    public PathStyle StyleOf(PlanFeature? feature) =>
        Layer.StyleFor(Layer.Categories is { } c ? feature?.Text(c.Field) : null);
}
