using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Features;

/// <summary>
/// A feature of the plan: a string id unique in its collection, a lon/lat geometry and text-like properties.
/// Implements <see cref="IUnique"/> so the GeoJSON writer puts the id at the top level.
/// </summary>
public sealed class PlanFeature : IFeature, IUnique
{
    /// <summary>A feature of <paramref name="geometry"/> in lon/lat, taken as it is (neither copied nor checked).</summary>
    public PlanFeature(string id, Geometry geometry, IAttributesTable attributes)
    {
        Id = id;
        Geometry = geometry;
        Attributes = attributes;
    }

    /// <summary>Unique within its collection; written as the GeoJSON top-level <c>id</c>.</summary>
    public string Id { get; }

    object IUnique.Id => Id;

    /// <summary>The geometry in lon/lat (EPSG:4326 axis order x = lon).</summary>
    public Geometry Geometry { get; set; }

    /// <summary>The properties, without the id.</summary>
    public IAttributesTable Attributes { get; set; }

    /// <summary>
    /// The record's current version as the store read it, for a feature of a writable collection (0 before any
    /// write, see <see cref="IRecordWriter"/>); null for the plan's read-only features and for a feature not read
    /// from a store. Not written to GeoJSON, and not part of what a write stores: the store numbers versions itself.
    /// </summary>
    public int? Version { get; init; }

    /// <summary>Not written: RFC 7946 bbox members are optional and clients compute their own.</summary>
    public Envelope? BoundingBox { get; set; }

    /// <summary>The same feature (geometry and attributes shared, not copied) at <paramref name="version"/>.</summary>
    public PlanFeature WithVersion(int? version) =>
        version == Version ? this : new(Id, Geometry, Attributes) { BoundingBox = BoundingBox, Version = version };

    /// <summary>A property as text, or null where it is missing or not a string.</summary>
    public string? Text(string name) =>
        Attributes.Exists(name) ? Attributes[name] as string : null;
}
