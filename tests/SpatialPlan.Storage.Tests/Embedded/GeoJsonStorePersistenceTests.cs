using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Embedded;

public sealed class GeoJsonStoreWriteTests : IDisposable
{
    private readonly MiniGeodata _geodata = new();
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GeoJsonStore OpenStore() =>
        new(GeodataLoader.Load(_geodata.Path), new GeoJsonStoreOptions { DataDirectory = _data.Path });

    private static PlanFeature Record(string id, string note) => new(id,
        Wkt.Read("POLYGON ((120.95 27.95, 121.0 27.95, 121.0 28.0, 120.95 27.95))"),
        new AttributesTable { { "note", note } });

    [Fact]
    public async Task KeepsACreatedRecordAcrossARestart()
    {
        using (var store = OpenStore())
        {
            Assert.Equal(WriteOutcome.Done, await store.CreateAsync(MiniGeodata.Records, Record("r1", "新建"), Ct));
        }

        using var reopened = OpenStore();
        var saved = await reopened.GetAsync(MiniGeodata.Records, "r1", Ct);
        Assert.Equal("新建", saved!.Text("note"));
    }

    [Fact]
    public async Task ReplacesAndDeletesRecords()
    {
        using var store = OpenStore();
        await store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), Ct);

        Assert.Equal(WriteOutcome.Done, await store.ReplaceAsync(MiniGeodata.Records, Record("r1", "second"), Ct));
        Assert.Equal("second", (await store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
        Assert.Equal(WriteOutcome.Done, await store.DeleteAsync(MiniGeodata.Records, "r1", Ct));

        using var reopened = OpenStore();
        Assert.Empty((await reopened.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features);
    }

    [Fact]
    public async Task RefusesADuplicateIdAndChangesNothing()
    {
        using var store = OpenStore();
        await store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), Ct);

        Assert.Equal(WriteOutcome.DuplicateId, await store.CreateAsync(MiniGeodata.Records, Record("r1", "again"), Ct));
        Assert.Equal("first", (await store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
    }

    [Fact]
    public async Task RefusesToWriteThePlanItself()
    {
        using var store = OpenStore();

        Assert.Equal(WriteOutcome.CollectionReadOnly, await store.DeleteAsync(MiniGeodata.Zones, "a", Ct));
        Assert.Equal(WriteOutcome.CollectionNotFound, await store.CreateAsync("nowhere", Record("r1", "x"), Ct));
        Assert.Equal(WriteOutcome.FeatureNotFound, await store.ReplaceAsync(MiniGeodata.Records, Record("zz", "x"), Ct));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Path));
    }

    [Fact]
    public async Task IgnoresATemporaryFileLeftByACrashMidWrite()
    {
        using (var store = OpenStore())
        {
            await store.CreateAsync(MiniGeodata.Records, Record("r1", "kept"), Ct);
        }

        // A crash between writing the temporary file and renaming it leaves this behind.
        File.WriteAllText(Path.Combine(_data.Path, ".records.geojson.0123.tmp"), """{"type":"FeatureCollection","features":[{"trunc""");

        using var reopened = OpenStore();
        Assert.Equal(["r1"], (await reopened.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task LeavesTheSavedFileWholeWhenAWriteIsCancelled()
    {
        using var store = OpenStore();
        await store.CreateAsync(MiniGeodata.Records, Record("r1", "kept"), Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.CreateAsync(MiniGeodata.Records, Record("r2", "lost"), new CancellationToken(canceled: true)));

        Assert.Null(await store.GetAsync(MiniGeodata.Records, "r2", Ct));
        using var reopened = OpenStore();
        Assert.Equal(["r1"], (await reopened.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features.Select(f => f.Id));
    }

    [Fact]
    public void RefusesToStartOnACorruptRecordsFile()
    {
        File.WriteAllText(Path.Combine(_data.Path, "records.geojson"), """{"type":"FeatureCollection","features":[{"type":"Feature","id":"x","geometry":{"type":"Point","coordinates":[200,95]},"properties":{}}]}""");

        var error = Assert.Throws<GeodataException>(OpenStore);

        Assert.Contains("records.geojson, feature 'x'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _data.Dispose();
        _geodata.Dispose();
    }
}
