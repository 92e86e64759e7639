using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Embedded;

/// <summary>The embedded store's records database: what survives a restart or a crash, what an earlier version's data
/// folder becomes, and many writers at once.</summary>
public sealed class EmbeddedDurabilityTests : IDisposable
{
    private readonly MiniGeodata _geodata = new();
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GeoJsonStore OpenStore(string? folder = null) =>
        new(GeodataLoader.Load(_geodata.Path), new GeoJsonStoreOptions { DataDirectory = folder ?? _data.Path });

    private static PlanFeature Record(string id, string note) => new(id,
        Wkt.Read("POLYGON ((120.95 27.95, 121.0 27.95, 121.0 28.0, 120.95 27.95))"),
        new AttributesTable { { "note", note } });

    private static async Task<string[]> IdsAsync(GeoJsonStore store) =>
        (await store.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features.Select(f => f.Id).ToArray();

    [Fact]
    public async Task KeepsEveryAcknowledgedWriteAndItsHistoryAcrossARestart()
    {
        using (var store = OpenStore())
        {
            await store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), "ann", Ct);
            await store.CreateAsync(MiniGeodata.Records, Record("r2", "kept"), "ann", Ct);
            await store.ReplaceAsync(MiniGeodata.Records, Record("r1", "second"), expectedVersion: null, "bob", Ct);
            await store.DeleteAsync(MiniGeodata.Records, "r2", expectedVersion: null, "bob", Ct);
        }

        using var reopened = OpenStore();
        Assert.Equal(["r1"], await IdsAsync(reopened));
        var r1 = (await reopened.GetAsync(MiniGeodata.Records, "r1", Ct))!;
        Assert.Equal(("second", 2), (r1.Attributes["note"], r1.Version)); // the version as its history says
        var r2 = (await reopened.GetHistoryAsync(MiniGeodata.Records, "r2", Ct))!;
        Assert.Equal([(1, VersionAction.Created, "ann"), (2, VersionAction.Deleted, "bob")], r2.Select(v => (v.Version, v.Action, v.Author)));
        Assert.Equal("kept", r2[1].Feature.Attributes["note"]);
    }

    [Fact]
    public async Task RecoversTheAcknowledgedWritesFromACrashImageWithATornWalTail()
    {
        var image = new TempDirectory();
        try
        {
            using (var store = OpenStore())
            {
                for (var i = 0; i < 5; i++)
                {
                    await store.CreateAsync(MiniGeodata.Records, Record($"r{i}", "acknowledged"), author: null, Ct);
                }

                // What a power cut leaves: the files as they are on disk, never checkpointed or closed.
                foreach (var file in Directory.EnumerateFiles(_data.Path).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
                {
                    File.Copy(file, image.File(Path.GetFileName(file)));
                }
            }

            // ...plus half a frame of a commit that never finished its fsync.
            var wal = image.File(RecordsDatabase.FileName + "-wal");
            Assert.True(File.Exists(wal));
            await using (var stream = new FileStream(wal, FileMode.Append))
            {
                stream.Write(Enumerable.Range(0, 3000).Select(i => (byte)i).ToArray());
            }

            using var recovered = OpenStore(image.Path);
            Assert.Equal(["r0", "r1", "r2", "r3", "r4"], await IdsAsync(recovered));
            Assert.Equal(WriteOutcome.Done, (await recovered.CreateAsync(MiniGeodata.Records, Record("r5", "after"), author: null, Ct)).Outcome);
        }
        finally
        {
            image.Dispose();
        }
    }

    [Fact]
    public void RemovesTemporaryFilesThatAnEarlierVersionLeftAtStart()
    {
        File.WriteAllText(_data.File(".records.geojson.0123.tmp"), """{"type":"FeatureCollection","features":[{"trunc""");
        File.WriteAllText(_data.File(".records.geojson.4567.tmp"), "");

        using var store = OpenStore();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Path));
    }

    [Fact]
    public async Task MigratesTheRecordsFileOfAnEarlierVersionOnceAndKeepsItsHistory()
    {
        File.WriteAllText(_data.File("records.geojson"), """
            {"type":"FeatureCollection","history":[
              {"featureId":"old","version":1,"action":"created","at":"2026-01-02T03:04:05.0000000+00:00","author":"ann",
               "feature":{"type":"Feature","id":"old","geometry":{"type":"MultiPolygon","coordinates":[[[[120.95,27.95],[121.0,27.95],[121.0,28.0],[120.95,27.95]]]]},"properties":{"note":"v1"}}},
              {"featureId":"old","version":2,"action":"replaced","at":"2026-01-03T03:04:05.0000000+00:00","author":null,
               "feature":{"type":"Feature","id":"old","geometry":{"type":"MultiPolygon","coordinates":[[[[120.95,27.95],[121.0,27.95],[121.0,28.0],[120.95,27.95]]]]},"properties":{"note":"v2"}}}],
             "features":[{"type":"Feature","id":"old","geometry":{"type":"MultiPolygon","coordinates":[[[[120.95,27.95],[121.0,27.95],[121.0,28.0],[120.95,27.95]]]]},"properties":{"note":"v2"}}]}
            """);

        using (var store = OpenStore())
        {
            Assert.Equal(["old"], await IdsAsync(store));
            Assert.Equal([1, 2], (await store.GetHistoryAsync(MiniGeodata.Records, "old", Ct))!.Select(v => v.Version));
            Assert.Equal(WriteOutcome.Done, (await store.DeleteAsync(MiniGeodata.Records, "old", expectedVersion: null, "bob", Ct)).Outcome);
        }

        Assert.False(File.Exists(_data.File("records.geojson")));
        Assert.True(File.Exists(_data.File("records.geojson" + RecordsMigration.MigratedSuffix)));
        using var reopened = OpenStore();
        Assert.Empty(await IdsAsync(reopened)); // the database owns the records now: the migrated file is not read again
        Assert.Equal([1, 2, 3], (await reopened.GetHistoryAsync(MiniGeodata.Records, "old", Ct))!.Select(v => v.Version));
    }

    [Fact]
    public async Task LandsEveryOneOf32ConcurrentCreatesAndSerializesConcurrentReplacesOfOneRecord()
    {
        using (var store = OpenStore())
        {
            await store.CreateAsync(MiniGeodata.Records, Record("shared", "v1"), author: null, Ct);
            var creates = Enumerable.Range(0, 32).Select(i => Task.Run(() => store.CreateAsync(MiniGeodata.Records, Record($"c{i:D2}", "new"), $"w{i}", Ct)));
            var replaces = Enumerable.Range(0, 16).Select(i => Task.Run(() => store.ReplaceAsync(MiniGeodata.Records, Record("shared", $"by w{i}"), expectedVersion: null, $"w{i}", Ct)));

            var outcomes = await Task.WhenAll(creates.Concat(replaces));

            Assert.All(outcomes, o => Assert.Equal(WriteOutcome.Done, o.Outcome));
            await AssertLandedAsync(store);
        }

        using var reopened = OpenStore();
        await AssertLandedAsync(reopened);
    }

    private static async Task AssertLandedAsync(GeoJsonStore store)
    {
        Assert.Equal(33, (await IdsAsync(store)).Length);
        var shared = (await store.GetHistoryAsync(MiniGeodata.Records, "shared", Ct))!;
        Assert.Equal(Enumerable.Range(1, 17), shared.Select(v => v.Version));
        // The record is the last replace in its history: versions were numbered in the order the writes were kept.
        Assert.Equal(shared[^1].Feature.Attributes["note"], (await store.GetAsync(MiniGeodata.Records, "shared", Ct))!.Attributes["note"]);
        Assert.Equal(Enumerable.Range(0, 16).Select(i => $"by w{i}").Order(), shared.Skip(1).Select(v => (string)v.Feature.Attributes["note"]).Order());
        Assert.All(Enumerable.Range(0, 32), i => Assert.Single(store.GetHistoryAsync(MiniGeodata.Records, $"c{i:D2}", Ct).Result!));
    }

    public void Dispose()
    {
        _data.Dispose();
        _geodata.Dispose();
    }
}
