using Microsoft.Extensions.Options;
using SpatialPlan.Web.Export;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>The render gate's slots, and the thread pool room composition keeps so busy renders do not starve other requests.</summary>
public sealed class RenderGateTests
{
    [Fact]
    public void KeepsAPoolThreadPerRenderSlotBeyondOnePerCore()
    {
        var workers = RenderThreadPool.MinWorkerThreads(currentMinimum: 2, renderSlots: 7, processorCount: 2);

        Assert.True(workers >= 2 + 7, $"min worker threads {workers}");
    }

    [Fact]
    public void NeverLowersAPoolMinimumThatIsAlreadyHigher()
    {
        Assert.Equal(64, RenderThreadPool.MinWorkerThreads(currentMinimum: 64, renderSlots: 7, processorCount: 2));
    }

    [Fact]
    public void RefusesASlotBeyondTheLimitAndGivesItBackWhenARenderEnds()
    {
        using var gate = new RenderGate(Options.Create(new ExportOptions { MaxConcurrentRenders = 1, MaxQueuedRenders = 0 }));

        var first = gate.TryEnter();
        Assert.NotNull(first);
        Assert.Null(gate.TryEnter());

        first.Dispose();
        using var again = gate.TryEnter();
        Assert.NotNull(again);
    }
}
