using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Features;

/// <summary>
/// A page of a collection: features whose geometry intersects <see cref="Bbox"/> (lon/lat; null for all),
/// in a stable order (by feature id), skipping <see cref="Offset"/> and returning at most <see cref="Limit"/>.
/// </summary>
public sealed record FeatureQuery(Envelope? Bbox, int Limit, int Offset)
{
    /// <summary>Every feature of a collection: no bbox, no limit, from the first.</summary>
    public static FeatureQuery All { get; } = new(null, int.MaxValue, 0);

    /// <summary>How many features a page of this query holds when <paramref name="numberMatched"/> match in all.</summary>
    public int Returned(int numberMatched) => Math.Clamp(numberMatched - Offset, 0, Limit);
}

/// <summary>One page of features and how many match the query in all.</summary>
public sealed record FeaturePage(IReadOnlyList<PlanFeature> Features, int NumberMatched);
