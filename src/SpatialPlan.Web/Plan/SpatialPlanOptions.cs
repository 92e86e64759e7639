namespace SpatialPlan.Web.Plan;

/// <summary>Where the app finds its data. Relative paths: geodata and seeds beside the binaries (they ship
/// with the app), the data folder under the content root.</summary>
public sealed class SpatialPlanOptions
{
    public const string Section = "SpatialPlan";

    /// <summary>The plan's collections and <c>layers.json</c>.</summary>
    public string GeodataDirectory { get; set; } = "geodata";

    /// <summary>Holds <c>plan.json</c>, the plan's targets and zone texts.</summary>
    public string SeedsDirectory { get; set; } = "seeds";

    /// <summary>Planners' records of the embedded store.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Read-only collections added to the plan's (other tools depend on the names Id, Title, Path).</summary>
    public IList<ExtraCollectionOptions> ExtraCollections { get; } = [];
}
