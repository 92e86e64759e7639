namespace SpatialPlan.Storage.PostGis;

/// <summary>How the PostGIS store behaves under load and faults (<c>SpatialPlan:Database</c>; unused by the
/// embedded store).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "SpatialPlan:Database";

    /// <summary>A statement running or waiting (for a lock, say) longer is cancelled on the server and the request
    /// answered 503 with Retry-After.</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;

    /// <summary>Database-backed requests served at once; 0: the connection string's <c>Maximum Pool Size</c> less
    /// two (kept for health checks and writes), at least 1.</summary>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>Requests waiting for one of those slots; more are answered 503 with Retry-After at once.
    /// 0: twice <see cref="MaxConcurrentRequests"/>.</summary>
    public int QueueLimit { get; set; }
}
