namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Independent work on every item of a large file (reading 10⁵ parcels, checking their geometries) spread over the
/// cores: start-up with a big extra collection waits for it. Small files stay on one thread, where starting tasks
/// would cost more than it saves. Results go to the caller's slot per index, so their order never depends on timing.
/// </summary>
internal static class ParallelWork
{
    /// <summary>Below this many items the work runs on the calling thread.</summary>
    private const int ParallelFrom = 2_000;

    /// <summary>Items per task: large enough that scheduling is noise, small enough to balance the cores.</summary>
    private const int ChunkSize = 1_024;

    public static void For(int count, Action<int> body)
    {
        if (count < ParallelFrom)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, ChunkSize), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                body(i);
            }
        });
    }
}
