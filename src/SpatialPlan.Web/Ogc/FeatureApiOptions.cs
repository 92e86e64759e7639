namespace SpatialPlan.Web.Ogc;

/// <summary>Paging of OGC API items (like pg_featureserv's Paging.LimitDefault / LimitMax).</summary>
public sealed class FeatureApiOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = nameof(FeatureApiOptions);

    /// <summary>Features per page when the request gives no limit.</summary>
    public int LimitDefault { get; set; } = 100;

    /// <summary>The largest page; a larger limit is clamped to it, not refused.</summary>
    public int LimitMax { get; set; } = 10_000;
}
