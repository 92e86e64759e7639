using NetTopologySuite.Geometries;
using SpatialPlan.Core.Crs;

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

    /// <summary>The box the features must intersect, in <see cref="BboxCrs"/> (x east, y north), or null for no spatial filter.</summary>
    public Envelope? Bbox { get; init; }

    /// <summary>The CRS of <see cref="Bbox"/>. A store transforms the box to lon/lat (never the stored geometries),
    /// as a polygon of <see cref="ServedCrs.Box"/>'s vertices, so the index still serves it.</summary>
    public ServedCrs BboxCrs { get; init; } = ServedCrs.Crs84;

    /// <summary>The CRS of the features' geometries in the page (x east, y north); stored lon/lat by default.</summary>
    public ServedCrs Crs { get; init; } = ServedCrs.Crs84;

    /// <summary>The box as a lon/lat geometry (transformed by ProjNet when <see cref="BboxCrs"/> is projected), or null.</summary>
    public Geometry? LonLatBox() => Bbox is null ? null : BboxCrs.ToLonLat(BboxCrs.Box(Bbox));

    /// <summary>The most features a page holds; unbounded by default.</summary>
    public int Limit { get; init; } = int.MaxValue;

    /// <summary>How many matching features, in id order, the page skips.</summary>
    public int Offset { get; init; }

    /// <summary>How many features a page of this query holds when <paramref name="numberMatched"/> match in all.</summary>
    public int Returned(int numberMatched) => Math.Clamp(numberMatched - Offset, 0, Limit);
}

/// <summary>One page of features and how many match the query in all.</summary>
public sealed record FeaturePage(IReadOnlyList<PlanFeature> Features, int NumberMatched);
