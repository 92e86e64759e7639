using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Drawing;

/// <summary>A visible layer ready to draw: its catalogue entry, the spec's opacity and the features in the frame.</summary>
public sealed record PreparedLayer(LayerDefinition Layer, double Opacity, IReadOnlyList<PlanFeature> Features)
{
    /// <summary>The catalogue style of one feature, by its category property.</summary>
    public PathStyle StyleOf(PlanFeature? feature) =>
        Layer.StyleFor(Layer.Categories is { } c ? feature?.Text(c.Field) : null);
}
