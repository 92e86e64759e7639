namespace SpatialPlan.Web.Export;

/// <summary>
/// Drawing is CPU work that holds a pool thread from start to end. With every render slot busy the pool would have
/// no thread left for other requests until it grows (seconds: /ogc/collections took 2.1 s under 4 renders on
/// 2 cores in the fault run), so the pool keeps that many threads beyond one per core from the start.
/// The setting is process-wide: composition applies it once (<see cref="Composition.ExportServices"/>).
/// </summary>
public static class RenderThreadPool
{
    /// <summary>The minimum of worker threads for <paramref name="renderSlots"/> renders: one per core plus one per
    /// slot, never below <paramref name="currentMinimum"/>.</summary>
    public static int MinWorkerThreads(int currentMinimum, int renderSlots, int processorCount) =>
        Math.Max(currentMinimum, processorCount + renderSlots);

    /// <summary>Raises the process's minimum of worker threads to <see cref="MinWorkerThreads"/>; never lowers it.</summary>
    public static void Reserve(int renderSlots)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(MinWorkerThreads(workers, renderSlots, Environment.ProcessorCount), completionPorts);
    }
}
