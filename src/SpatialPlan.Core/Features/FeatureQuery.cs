using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Features;

/// <summary>
/// What to read of a collection: features whose geometry intersects <see cref="Bbox"/> (lon/lat; null for all), in a
/// stable order (by feature id), skipping <see cref="Offset"/> and returning at most <see cref="Limit"/>. Build it with
/// named members (<c>new FeatureQuery { Bbox = box, Limit = 100 }</c>); every member has a default, so a new criterion
/// (a filter, a sort order, an output CRS) is one more member here and in each store's reader.
/// </summary>
public sealed record FeatureQuery
{
    /// <summary>Every feature of the collection, in id order.</summary>
    public static FeatureQuery All { get; } = new();

    /// <summary>The box the features must intersect (lon/lat), or null for no spatial filter.</summary>
    public Envelope? Bbox { get; init; }

    /// <summary>The most features a page holds; unbounded by default.</summary>
    public int Limit { get; init; } = int.MaxValue;

    /// <summary>How many matching features, in id order, the page skips.</summary>
    public int Offset { get; init; }

    /// <summary>How many features a page of this query holds when <paramref name="numberMatched"/> match in all.</summary>
    public int Returned(int numberMatched) => Math.Clamp(numberMatched - Offset, 0, Limit);
}

/// <summary>One page of features and how many match the query in all.</summary>
public sealed record FeaturePage(IReadOnlyList<PlanFeature> Features, int NumberMatched);
