using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Export;

/// <summary>
/// Bounds renders running at once (each holds a raster of up to <see cref="ExportOptions.MaxPixels"/>): a
/// request that finds every slot taken is turned away at once (503 with Retry-After) rather than queued,
/// so a burst cannot pile up memory or hold connections.
/// </summary>
public sealed class RenderGate(IOptions<ExportOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.ConcurrentRenders, options.Value.ConcurrentRenders);

    /// <summary>A slot to release by disposing, or null when all are taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
