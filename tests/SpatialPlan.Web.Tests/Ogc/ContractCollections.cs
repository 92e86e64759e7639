namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>The collection ids of the stable contract (ARCHITECTURE.md): other tools depend on them.</summary>
public static class ContractCollections
{
    public static readonly string[] Ids =
        ["plan-zones", "development-area", "island-chain", "island-chain-line", "plan-sites", "axes", "transport", "transport-hubs",
            "admin-boundaries", "land", "built-up"];
}
