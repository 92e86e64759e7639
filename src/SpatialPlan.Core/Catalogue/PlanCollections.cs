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

    /// <summary>The 灵昆-霓屿-元觉 island chain.</summary>
    public const string IslandChain = "island-chain";

    /// <summary>The plan's two development axes and the north-south-east links.</summary>
    public const string Axes = "axes";

    /// <summary>Expressways, estuary bridges, suburban rail, ports and the airport.</summary>
    public const string Transport = "transport";

    /// <summary>County boundaries of the basemap.</summary>
    public const string AdminBoundaries = "admin-boundaries";

    /// <summary>Land and reclaimed land of the basemap, drawn lowest.</summary>
    public const string Land = "land";

    /// <summary>Every collection the catalogue declares, in the order of its file.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Land, AdminBoundaries, DevelopmentArea, BuiltUp, PlanZones, IslandChain, Axes, Transport];
}
