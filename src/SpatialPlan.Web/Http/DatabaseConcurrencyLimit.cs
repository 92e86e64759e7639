using Npgsql;
using SpatialPlan.Web.Configuration;

namespace SpatialPlan.Web.Http;

/// <summary>How many database-backed requests run at once and how many wait; null <see cref="Permits"/> (the
/// embedded store): no limit.</summary>
public sealed record DatabaseConcurrencyLimit(int? Permits, int QueueLimit)
{
    public static DatabaseConcurrencyLimit None { get; } = new(null, 0);

    /// <summary>Sized from the pool, so requests wait in a short queue of ours (then get 503) rather than all
    /// holding threads in Npgsql's pool wait until its connection timeout.</summary>
    public static DatabaseConcurrencyLimit For(DatabaseOptions options, string connectionString)
    {
        var poolSize = new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize;
        var permits = options.MaxConcurrentRequests > 0 ? options.MaxConcurrentRequests : Math.Max(1, poolSize - 2);
        return new DatabaseConcurrencyLimit(permits, options.QueueLimit > 0 ? options.QueueLimit : 2 * permits);
    }
}
