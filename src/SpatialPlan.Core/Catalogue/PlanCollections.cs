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

    /// <summary>The islands of the 灵昆-霓屿-元觉 island chain (polygons only).</summary>
    public const string IslandChain = "island-chain";

    /// <summary>The direction line of the 灵昆-霓屿-元觉 island chain (it was a feature of <see cref="IslandChain"/>).</summary>
    public const string IslandChainLine = "island-chain-line";

    /// <summary>Named plan elements with a place: 浅滩二期, the 瓯洞一体化 government move, 灵昆港区 port land, the axes' crossing.</summary>
    public const string PlanSites = "plan-sites";

    /// <summary>The plan's two development axes and the north-south-east links.</summary>
    public const string Axes = "axes";

    /// <summary>Transport lines: expressways, national and provincial roads, suburban rail, river bridges and tunnels.</summary>
    public const string Transport = "transport";

    /// <summary>The airport and the seaports (points; they were features of <see cref="Transport"/>).</summary>
    public const string TransportHubs = "transport-hubs";

    /// <summary>County boundaries of the basemap.</summary>
    public const string AdminBoundaries = "admin-boundaries";

    /// <summary>Land and reclaimed land of the basemap, drawn lowest.</summary>
    public const string Land = "land";

    /// <summary>Every collection the catalogue declares, in the order of its file.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Land, AdminBoundaries, DevelopmentArea, BuiltUp, PlanZones, IslandChain, IslandChainLine, PlanSites, Axes, Transport, TransportHubs];
}
