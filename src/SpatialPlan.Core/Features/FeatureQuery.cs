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

    /// <summary>What the features' properties (and geometry) must satisfy, checked against the queryables by
    /// <see cref="Filtering.FilterCheck"/>; null for no filter.</summary>
    public Filtering.FilterExpression? Filter { get; init; }

    /// <summary>The order of the page, then by feature id; empty: by feature id alone.</summary>
    public IReadOnlyList<SortKey> SortBy { get; init; } = [];

    /// <summary>A keyset cursor: only features whose id sorts after this one (ordinal), in id order, so a deep page
    /// costs what the first does and does not shift while others write; counts still cover every match. Only with
    /// an empty <see cref="SortBy"/>.</summary>
    public string? After { get; init; }

    /// <summary>The most features a page holds; unbounded by default.</summary>
    public int Limit { get; init; } = int.MaxValue;

    /// <summary>How many matching features (after <see cref="After"/>, in the query's order) the page skips.</summary>
    public int Offset { get; init; }

    /// <summary>How many features a page of this query holds when <paramref name="remaining"/> match after
    /// <see cref="After"/> (all that match, without a cursor).</summary>
    public int Returned(int remaining) => Math.Clamp(remaining - Offset, 0, Limit);
}

/// <summary>One page of features and how many match the query in all.</summary>
public sealed record FeaturePage(IReadOnlyList<PlanFeature> Features, int NumberMatched)
{
    /// <summary>Whether matches follow this page; null when the caller works it out from the counts.</summary>
    public bool? HasMore { get; init; }
}
