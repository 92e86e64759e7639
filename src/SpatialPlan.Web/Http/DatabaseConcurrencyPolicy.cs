using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SpatialPlan.Web.Http;

/// <summary>
/// The rate-limiter policy of the database-backed endpoints: one concurrency limiter for the whole app, with a
/// bounded queue; a request that finds the queue full is answered 503 problem+json with Retry-After at once, as a
/// database outage is, never a 500 and never an unbounded wait.
/// </summary>
public sealed class DatabaseConcurrencyPolicy(DatabaseConcurrencyLimit limit) : IRateLimiterPolicy<string>
{
    public const string Name = "database";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
        new(DatabaseUnavailableHandler.WriteProblemAsync(context.HttpContext, "Database busy",
            "The server is answering as many database requests as it can.", exception: null));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => limit.Permits is { } permits
        ? RateLimitPartition.GetConcurrencyLimiter(Name, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = limit.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        })
        : RateLimitPartition.GetNoLimiter(Name);
}
