using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Embedded;

/// <summary>A full disk under the embedded store: the write fails whole as <see cref="StoreFault.StorageFull"/>, what was
/// kept stays readable (now and after a restart), and the next write after space is freed succeeds. Once through SQLite's
/// own cap on the database's size (always), once on a real full file system (a tiny tmpfs, when run as root).</summary>
public sealed class EmbeddedDiskFullTests : IDisposable
{
    private const long CapPages = 48; // 192 KiB of 4 KiB pages: the schema and a few small records fit, 2 x 100 KiB does not

    private readonly MiniGeodata _geodata = new();
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GeoJsonStore OpenStore(string folder, long? maxPages = null) =>
        new(GeodataLoader.Load(_geodata.Path), new GeoJsonStoreOptions { DataDirectory = folder, MaxDatabasePages = maxPages });

    private static PlanFeature Record(string id, int noteBytes = 10) => new(id,
        Wkt.Read("POLYGON ((120.95 27.95, 121.0 27.95, 121.0 28.0, 120.95 27.95))"),
        new AttributesTable { { "note", new string('x', noteBytes) } });

    private static async Task<string[]> IdsAsync(GeoJsonStore store) =>
        (await store.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features.Select(f => f.Id).ToArray();

    [Fact]
    public async Task RefusesAWriteThatDoesNotFitWholeAndTakesTheNextOnceSpaceIsFreed()
    {
        using (var store = OpenStore(_data.Path, CapPages))
        {
            Assert.Equal(WriteOutcome.Done, (await store.CreateAsync(MiniGeodata.Records, Record("small"), author: null, Ct)).Outcome);
            Assert.Equal(WriteOutcome.Done, (await store.CreateAsync(MiniGeodata.Records, Record("big1", 40_000), author: null, Ct)).Outcome);

            var full = await Assert.ThrowsAnyAsync<Exception>(() => store.CreateAsync(MiniGeodata.Records, Record("big2", 100_000), author: null, Ct));

            Assert.Equal(StoreFault.StorageFull, new EmbeddedFaults().Classify(full));
            Assert.Equal(["big1", "small"], await IdsAsync(store));
            Assert.Empty((await store.GetHistoryAsync(MiniGeodata.Records, "big2", Ct))!);
            Assert.Equal(WriteOutcome.Done, (await store.DeleteAsync(MiniGeodata.Records, "big1", expectedVersion: null, author: null, Ct)).Outcome);
            Assert.Equal(WriteOutcome.Done, (await store.CreateAsync(MiniGeodata.Records, Record("after"), author: null, Ct)).Outcome);
        }

        using var reopened = OpenStore(_data.Path);
        Assert.Equal(["after", "small"], await IdsAsync(reopened));
    }

    [Fact]
    public async Task RefusesAWriteOnAFullFileSystemAndTakesTheNextOnceSpaceIsFreed()
    {
        using var mount = TinyFileSystem.TryMount(_data.File("tmpfs"), "1m");
        if (mount is null)
        {
            Assert.Skip("needs root and mount -t tmpfs");
        }

        var folder = Directory.CreateDirectory(Path.Combine(mount.Path, "data")).FullName;
        using (var store = OpenStore(folder))
        {
            Assert.Equal(WriteOutcome.Done, (await store.CreateAsync(MiniGeodata.Records, Record("small"), author: null, Ct)).Outcome);
            var noSpace = mount.Fill("filler");
            Assert.Equal(StoreFault.StorageFull, new EmbeddedFaults().Classify(noSpace)); // ENOSPC as .NET reports it here

            var full = await Assert.ThrowsAnyAsync<Exception>(() => store.CreateAsync(MiniGeodata.Records, Record("big", 200_000), author: null, Ct));

            Assert.Equal(StoreFault.StorageFull, new EmbeddedFaults().Classify(full));
            Assert.Equal(["small"], await IdsAsync(store));
            File.Delete(Path.Combine(mount.Path, "filler"));
            Assert.Equal(WriteOutcome.Done, (await store.CreateAsync(MiniGeodata.Records, Record("big", 200_000), author: null, Ct)).Outcome);
        }

        using var reopened = OpenStore(folder);
        Assert.Equal(["big", "small"], await IdsAsync(reopened));
    }

    public void Dispose()
    {
        _data.Dispose();
        _geodata.Dispose();
    }
}
