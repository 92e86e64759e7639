using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Export;

/// <summary>
/// Bounds renders running at once (each holds a raster of up to <see cref="ExportOptions.MaxPixels"/>) and the
/// renders waiting for a slot: a short queue absorbs a burst, anything beyond it, or waiting longer than
/// <see cref="ExportOptions.QueueWaitSeconds"/>, is turned away (503 with Retry-After), so a flood cannot pile
/// up memory or hold connections while the rest of the API keeps answering. Constructing one changes nothing
/// outside it: the thread pool room for its slots is kept by composition (<see cref="RenderThreadPool"/>).
/// </summary>
public sealed class RenderGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _slotCount;
    private readonly int _capacity;
    private readonly TimeSpan _queueWait;
    private int _admitted;

    public RenderGate(IOptions<ExportOptions> options)
    {
        var settings = options.Value;
        _slotCount = settings.ConcurrentRenders;
        _slots = new SemaphoreSlim(_slotCount, _slotCount);
        _capacity = _slotCount + settings.MaxQueuedRenders;
        _queueWait = TimeSpan.FromSeconds(settings.QueueWaitSeconds);
    }

    /// <summary>Renders running now.</summary>
    public int Running => _slotCount - _slots.CurrentCount;

    /// <summary>Requests admitted and waiting for a slot (approximate while slots change hands).</summary>
    public int Waiting => Math.Max(0, Volatile.Read(ref _admitted) - Running);

    /// <summary>A slot at once, or null when all are taken (no queueing).</summary>
    public IDisposable? TryEnter()
    {
        if (!Admit())
        {
            return null;
        }

        if (_slots.Wait(0))
        {
            return new Slot(this);
        }

        Interlocked.Decrement(ref _admitted);
        return null;
    }

    /// <summary>
    /// A slot to release by disposing; waits in the queue when every slot is taken. Null when the queue is
    /// full too, or no slot came free within the queue wait.
    /// </summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!Admit())
        {
            return null;
        }

        var entered = false;
        try
        {
            entered = await _slots.WaitAsync(_queueWait, cancellationToken);
            return entered ? new Slot(this) : null;
        }
        finally
        {
            if (!entered)
            {
                Interlocked.Decrement(ref _admitted);
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    private bool Admit()
    {
        if (Interlocked.Increment(ref _admitted) <= _capacity)
        {
            return true;
        }

        Interlocked.Decrement(ref _admitted);
        return false;
    }

    private sealed class Slot(RenderGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate._slots.Release();
                Interlocked.Decrement(ref gate._admitted);
            }
        }
    }
}
