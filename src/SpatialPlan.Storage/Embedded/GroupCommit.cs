using System.Collections.Concurrent;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// Group commit: writers queue their changes and one commit thread keeps everything queued so far in one transaction,
/// one fsync, so many concurrent writes cost one disk flush instead of one each. A writer's task completes only after
/// its change is durable and published, in queue order. When a commit fails, <c>onFailure</c> runs first (the store
/// undoes what it decided on top of the lost changes and calls <see cref="FailQueued"/>), then the batch's writers get
/// the exception; nothing of theirs became visible.
/// </summary>
internal sealed class GroupCommit : IDisposable
{
    private const int MaxBatch = 256; // bounds one transaction's time, and so the first writer's wait

    private readonly BlockingCollection<Pending> _queue = new();
    private readonly Action<IReadOnlyList<RecordsChange>> _commit;
    private readonly Action<Exception> _onFailure;
    private readonly Thread _thread;

    public GroupCommit(Action<IReadOnlyList<RecordsChange>> commit, Action<Exception> onFailure)
    {
        _commit = commit;
        _onFailure = onFailure;
        // A thread of its own: fsync blocks, and the thread pool's threads are the web server's.
        _thread = new Thread(Run) { IsBackground = true, Name = "embedded store commits" };
        _thread.Start();
    }

    /// <summary>Queues a change; <paramref name="publish"/> makes it visible once it is durable.</summary>
    public Task Enqueue(RecordsChange change, Action publish)
    {
        var pending = new Pending(change, publish, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Add(pending);
        return pending.Done.Task;
    }

    /// <summary>Fails every change still queued (decided on top of a change that failed): none of them is kept.</summary>
    public void FailQueued(Exception exception)
    {
        while (_queue.TryTake(out var pending))
        {
            pending.Done.TrySetException(exception);
        }
    }

    /// <summary>Commits what is queued, then stops the commit thread.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private void Run()
    {
        var batch = new List<Pending>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            try
            {
                _commit(batch.Select(p => p.Change).ToList());
            }
            catch (Exception e)
            {
                _onFailure(e);
                batch.ForEach(p => p.Done.TrySetException(e));
                batch.Clear();
                continue;
            }

            foreach (var pending in batch)
            {
                pending.Publish();
                pending.Done.TrySetResult();
            }

            batch.Clear();
        }
    }

    private sealed record Pending(RecordsChange Change, Action Publish, TaskCompletionSource Done);
}
