using NetTopologySuite.Features;
using SpatialPlan.Core.Features;

namespace SpatialPlan.TestSupport;

/// <summary>
/// Built-up records that a naive sum counts wrongly: a parcel in 一期, the same parcel again, one overlapping it,
/// one nested inside it, one in 柳白 and one at sea outside every zone, with years across the plan period.
/// </summary>
public static class TallyScenario
{
    public const string Phase1 = "POLYGON ((120.945 27.922, 120.960 27.922, 120.960 27.935, 120.945 27.935, 120.945 27.922))";
    public const string Overlapping = "POLYGON ((120.955 27.928, 120.968 27.928, 120.968 27.940, 120.955 27.940, 120.955 27.928))";
    public const string Nested = "POLYGON ((120.948 27.925, 120.952 27.925, 120.952 27.928, 120.948 27.928, 120.948 27.925))";
    public const string Liubai = "POLYGON ((120.80 28.02, 120.82 28.02, 120.82 28.035, 120.80 28.035, 120.80 28.02))";
    public const string AtSea = "POLYGON ((121.06 27.90, 121.08 27.90, 121.08 27.915, 121.06 27.915, 121.06 27.90))";

    /// <summary>(id, WKT, year built or null).</summary>
    public static IReadOnlyList<(string Id, string Wkt, int? Year)> Parcels { get; } =
    [
        ("bu-phase1", Phase1, 2022),
        ("bu-phase1-again", Phase1, 2023),
        ("bu-overlapping", Overlapping, 2024),
        ("bu-nested", Nested, 2021),
        ("bu-liubai", Liubai, 2023),
        ("bu-at-sea", AtSea, null),
    ];

    /// <summary>The parcels as records the way a store holds them (<c>built_year</c> a long).</summary>
    public static IReadOnlyList<PlanFeature> Records() =>
        Parcels.Select(p => new PlanFeature(p.Id, Wkt.Read(p.Wkt), new AttributesTable
        {
            { "name_zh", p.Id },
            { "built_year", p.Year is { } year ? (long)year : null },
        })).ToList();
}
