namespace SpatialPlan.Core.Catalogue;

/// <summary>
/// The ids of the plan's collections that code names, as <c>geodata/layers.json</c> declares them (a test holds the
/// two together). They are the stable contract of <c>/ogc/collections/{id}</c>; any other collection is known only
/// from the catalogue.
/// </summary>
public static class PlanCollections
{
    /// <summary>一核三区: the four zones, property <c>zone</c>.</summary>
    public const string PlanZones = "plan-zones";

    /// <summary>The new development area's blocks, property <c>phase</c>.</summary>
    public const string DevelopmentArea = "development-area";

    /// <summary>Planners' records of new built-up area: the only writable collection.</summary>
    public const string BuiltUp = "built-up";

    public const string IslandChain = "island-chain";

    public const string Axes = "axes";

    public const string Transport = "transport";

    public const string AdminBoundaries = "admin-boundaries";

    public const string Land = "land";

    /// <summary>Every collection the catalogue declares, in the order of its file.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Land, AdminBoundaries, DevelopmentArea, BuiltUp, PlanZones, IslandChain, Axes, Transport];
}
