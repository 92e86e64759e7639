using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Web.Export;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>
/// Renders under load: a bounded number run, a short queue waits, the rest are turned away with 503 and
/// Retry-After, a render past its timeout is cancelled, and the rest of the API keeps answering meanwhile. The
/// renders are held in their store reads, so nothing here depends on how fast the machine is.
/// </summary>
public class ExportLoadTests
{
    private const string Export = "/api/export?width=200&height=200";

    [Fact]
    public async Task QueuesOneRenderTurnsAwayTheNextAndKeepsServingCollections()
    {
        using var factory = new StalledExportAppFactory(
            ("ExportOptions:MaxConcurrentRenders", "1"), ("ExportOptions:MaxQueuedRenders", "1"),
            ("ExportOptions:QueueWaitSeconds", "600"), ("ExportOptions:RetryAfterSeconds", "3"));
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<RenderGate>();
        var ct = TestContext.Current.CancellationToken;

        var running = client.GetAsync(Export, ct);
        await factory.Store.Entered.WaitAsync(ct);
        var queued = client.GetAsync(Export, ct);
        await Until(() => gate.Waiting == 1, ct);

        var refused = await client.GetAsync(Export, ct);
        var collections = await client.GetAsync("/ogc/collections", ct);
        factory.Store.Release();

        await HttpAssert.IsProblem(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, collections.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
        Assert.Equal((0, 0), (gate.Running, gate.Waiting));
    }

    [Fact]
    public async Task GivesUpOnAQueuedRenderWhenNoSlotFreesInTime()
    {
        using var factory = new ConfiguredAppFactory(
            ("ExportOptions:MaxConcurrentRenders", "1"), ("ExportOptions:MaxQueuedRenders", "1"), ("ExportOptions:QueueWaitSeconds", "0.05"));
        using var client = factory.CreateClient();
        using var held = factory.Services.GetRequiredService<RenderGate>().TryEnter();

        var response = await client.GetAsync(Export, TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Export busy", problem.GetProperty("title").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task CancelsARenderThatOutlastsItsTimeoutAndFreesTheSlot()
    {
        using var factory = new StalledExportAppFactory(("ExportOptions:RenderTimeoutSeconds", "0.2"), ("ExportOptions:MaxConcurrentRenders", "1"));
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<RenderGate>();

        // the store never answers: only the timeout's cancellation ends this render
        var response = await client.GetAsync(Export, TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Export timed out", problem.GetProperty("title").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, gate.Running);
    }

    /// <summary>Waits for a state another request reaches; the bound only keeps a broken build from hanging.</summary>
    private static async Task Until(Func<bool> condition, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            await Task.Delay(10, bound.Token);
        }
    }
}
