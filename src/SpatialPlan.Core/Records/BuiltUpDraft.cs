using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Records;

/// <summary>
/// A parcel and what the planner said about it that passed <see cref="BuiltUpRules"/>: only the rules make
/// one, so every record written — from the API, an import or the map page — has been checked the same way.
/// </summary>
public sealed record BuiltUpDraft
{
    internal BuiltUpDraft(Geometry parcel, BuiltUpInput input)
    {
        Parcel = parcel;
        Input = input;
    }

    /// <summary>A valid Polygon or MultiPolygon in lon/lat inside the plan extent.</summary>
    public Geometry Parcel { get; }

    /// <summary>Names, year and note within their limits; blank text is null.</summary>
    public BuiltUpInput Input { get; }
}
