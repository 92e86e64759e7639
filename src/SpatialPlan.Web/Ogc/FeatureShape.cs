using NetTopologySuite.Features;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Ogc;

/// <summary>What of each feature a response writes: the properties named by <c>properties</c> (all when null) and the
/// geometry unless <c>skipGeometry=true</c>. Applied as the features are written, the same for both stores.</summary>
public sealed record FeatureShape(IReadOnlyList<string>? Properties, bool SkipGeometry)
{
    public static FeatureShape Whole { get; } = new(null, false);

    public PlanFeature Apply(PlanFeature feature)
    {
        if (Properties is null && !SkipGeometry)
        {
            return feature;
        }

        var attributes = feature.Attributes;
        if (Properties is { } names)
        {
            var kept = new AttributesTable();
            foreach (var name in names.Where(feature.Attributes.Exists))
            {
                kept.Add(name, feature.Attributes[name]);
            }

            attributes = kept;
        }

        return new PlanFeature(feature.Id, SkipGeometry ? null! : feature.Geometry, attributes) { Version = feature.Version };
    }
}
