namespace SpatialPlan.Web.Map;

/// <summary>The map page's own switches (section <c>MapPageOptions</c>).</summary>
public sealed class MapPageOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = nameof(MapPageOptions);

    /// <summary>
    /// Loads <c>js/map/test-hooks.js</c>, the read-only view of the map the end-to-end tests drive; off in production,
    /// where no page script needs it.
    /// </summary>
    public bool TestHooks { get; set; }

    /// <summary>The time zone record times are shown in (an IANA id such as <c>Asia/Shanghai</c>, the default); the
    /// API keeps UTC.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
