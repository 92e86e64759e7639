namespace SpatialPlan.Web.Configuration;

/// <summary>The map page's own switches (section <c>MapPageOptions</c>).</summary>
public sealed class MapPageOptions
{
    /// <summary>
    /// Loads <c>js/map/test-hooks.js</c>, the read-only view of the map the end-to-end tests drive; off in production,
    /// where no page script needs it.
    /// </summary>
    public bool TestHooks { get; set; }
}
