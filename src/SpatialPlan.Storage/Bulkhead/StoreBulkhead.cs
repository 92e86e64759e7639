using System.Threading.RateLimiting;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Bulkhead;

/// <summary>
/// How many store calls run at once and how many wait, for the whole app: every read path (items, tiles, export,
/// search, measure, the page) and every record write passes through it, so a burst waits in a short queue of ours and
/// is then refused (<see cref="StoreSaturatedException"/>, answered 503) instead of every request holding a thread in
/// the connection pool's wait until its timeout.
/// </summary>
public sealed class StoreBulkhead : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    /// <param name="permits">Calls served at once.</param>
    /// <param name="queueLimit">Calls waiting, oldest first; one more is refused at once.</param>
    public StoreBulkhead(int permits, int queueLimit)
    {
        Permits = permits;
        QueueLimit = queueLimit;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int Permits { get; }

    public int QueueLimit { get; }

    /// <summary>A slot, held until disposed; throws <see cref="StoreSaturatedException"/> when the queue is full.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new StoreSaturatedException();
    }

    /// <summary>Runs one call in a slot.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        using var slot = await EnterAsync(cancellationToken);
        return await call();
    }

    public void Dispose() => _limiter.Dispose();
}
