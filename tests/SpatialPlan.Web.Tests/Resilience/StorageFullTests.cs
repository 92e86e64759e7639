using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using SpatialPlan.TestSupport;
using SpatialPlan.Web.Tests.Records;

namespace SpatialPlan.Web.Tests.Resilience;

/// <summary>The embedded store's data folder on a full file system (a 1 MiB tmpfs; root only): a write is answered
/// 507 problem+json "Storage full", nothing of it is kept, and the next write after space is freed is 201.</summary>
public sealed class StorageFullTests : IDisposable
{
    private readonly TempDirectory _mountPoint = new();
    private readonly TinyFileSystem? _disk;

    public StorageFullTests() => _disk = TinyFileSystem.TryMount(_mountPoint.File("tmpfs"), "1m");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Body() => new(BuiltUpRecordBodies.Feature(), Encoding.UTF8, "application/geo+json");

    [Fact]
    public async Task AnswersAWriteOnAFullDisk507AndTakesTheNextOnceSpaceIsFreed()
    {
        if (_disk is null)
        {
            Assert.Skip("needs root and mount -t tmpfs (the store's own tests cover a full disk without it)");
        }

        await using var app = new FullDiskAppFactory(Directory.CreateDirectory(Path.Combine(_disk.Path, "data")).FullName);
        var planner = app.CreateClient();
        planner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsync("/ogc/collections/built-up/items?onOverlap=allow", Body(), Ct)).StatusCode);
        _disk.Fill("filler");

        // SQLite may still fit a commit or two into WAL pages it already holds (it reuses the WAL after a checkpoint):
        // those are real, durable writes. The first write that needs new space is the one answered 507.
        int before;
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            before = await Count(planner);
            response = await planner.PostAsync("/ogc/collections/built-up/items?onOverlap=allow", Body(), Ct);
        }
        while (response.StatusCode == HttpStatusCode.Created && ++attempts < 200);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.InsufficientStorage);
        Assert.Equal("Storage full", problem.GetProperty("title").GetString());
        Assert.Contains("nothing of this request was written", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(before, await Count(planner)); // nothing of the refused write is kept
        File.Delete(Path.Combine(_disk.Path, "filler"));
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsync("/ogc/collections/built-up/items?onOverlap=allow", Body(), Ct)).StatusCode);
        Assert.Equal(before + 1, await Count(planner));
    }

    private static async Task<int> Count(HttpClient client) =>
        (await HttpAssert.IsJson(await client.GetAsync("/ogc/collections/built-up/items", Ct), "application/geo+json"))
        .GetProperty("numberMatched").GetInt32();

    public void Dispose()
    {
        _disk?.Dispose();
        _mountPoint.Dispose();
    }

    /// <summary>The app with its data folder on the tiny file system.</summary>
    private sealed class FullDiskAppFactory(string dataDirectory) : SpatialPlanAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SpatialPlan:DataDirectory", dataDirectory);
        }
    }
}
