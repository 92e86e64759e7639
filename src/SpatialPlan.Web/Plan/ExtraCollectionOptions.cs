namespace SpatialPlan.Web.Plan;

/// <summary>One entry of <c>SpatialPlan:ExtraCollections</c>: a read-only GeoJSON FeatureCollection served as a
/// collection. A relative <see cref="Path"/> is under the content root.</summary>
public sealed class ExtraCollectionOptions
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Path { get; set; } = "";
}
