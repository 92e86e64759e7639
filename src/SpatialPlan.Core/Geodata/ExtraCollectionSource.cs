namespace SpatialPlan.Core.Geodata;

/// <summary>A read-only collection added by configuration (<c>SpatialPlan:ExtraCollections</c>): its id, title and
/// GeoJSON FeatureCollection file.</summary>
public sealed record ExtraCollectionSource(string Id, string Title, string Path);
