using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Embedded;

/// <summary>How the embedded store keeps records in files: refused and cancelled writes, crashes, corrupt files. What every
/// store does is in the contract (Contract/FeatureStoreContract*.cs).</summary>
public sealed class GeoJsonStorePersistenceTests : IDisposable
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
    public async Task WritesNothingToTheDataFolderForARefusedWrite()
    {
        using var store = OpenStore();

        await store.DeleteAsync(MiniGeodata.Zones, "a", expectedVersion: null, author: null, Ct);
        await store.CreateAsync("nowhere", Record("r1", "x"), author: null, Ct);
        await store.ReplaceAsync(MiniGeodata.Records, Record("zz", "x"), expectedVersion: null, author: null, Ct);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Path));
    }

    [Fact]
    public async Task IgnoresATemporaryFileLeftByACrashMidWrite()
    {
        using (var store = OpenStore())
        {
            await store.CreateAsync(MiniGeodata.Records, Record("r1", "kept"), author: null, Ct);
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
        await store.CreateAsync(MiniGeodata.Records, Record("r1", "kept"), author: null, Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.CreateAsync(MiniGeodata.Records, Record("r2", "lost"), author: null, new CancellationToken(canceled: true)));

        Assert.Null(await store.GetAsync(MiniGeodata.Records, "r2", Ct));
        // The records database and its WAL: no temporary file, nothing of the cancelled write.
        Assert.All(Directory.EnumerateFileSystemEntries(_data.Path).Select(Path.GetFileName), name => Assert.StartsWith(RecordsDatabase.FileName, name!));
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
