using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>Start-up seeding: idempotent, per collection by content hash, never over planners' records.</summary>
public sealed class PostGisSeedingTests(PostGisDatabase database) : IClassFixture<PostGisDatabase>, IAsyncLifetime, IDisposable
{
    private readonly MiniGeodata _geodata = new();
    private readonly TempDirectory _extraFiles = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await PostGisStores.EmptyAsync(database);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose()
    {
        _geodata.Dispose();
        _extraFiles.Dispose();
    }

    /// <summary>An app start over the current geodata folder: migrations, then seeding. Returns what it loaded.</summary>
    private Task<IReadOnlyList<string>> StartAsync() => StartAsync(GeodataLoader.Load(_geodata.Path));

    private async Task<IReadOnlyList<string>> StartAsync(PlanGeodata geodata)
    {
        var contexts = PostGisStores.Contexts(database.ConnectionString);
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            await db.Database.MigrateAsync(Ct);
        }

        return await PostGisSeeder.SeedAsync(contexts, geodata, NullLogger.Instance, Ct);
    }

    /// <summary>The geodata folder plus <c>parcels.geojson</c> as the extra collection "parcels", not yet read.</summary>
    private PlanGeodata WithParcels() => ExtraCollectionLoader.Add(GeodataLoader.Load(_geodata.Path),
        [new ExtraCollectionSource("parcels", "Parcels", _extraFiles.File("parcels.geojson"))]);

    private void WriteParcels(params string[] ids)
    {
        var parcels = ids.Select((id, i) => MiniGeodata.Feature(id,
            Wkt.Read(FormattableString.Invariant($"POLYGON ((120.9 27.9{i}, 120.91 27.9{i}, 120.91 27.905, 120.9 27.9{i}))"))));
        File.WriteAllText(_extraFiles.File("parcels.geojson"), new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(parcels.Select(p => (JsonNode)p).ToArray()),
        }.ToJsonString());
    }

    private PostGisStore Store() => PostGisStores.Open(database.ConnectionString, _geodata.Path);

    /// <summary>Each row's transaction id: unchanged means the row was not written.</summary>
    private async Task<Dictionary<string, string>> RowVersions()
    {
        await using var db = PostGisStores.Contexts(database.ConnectionString).CreateDbContext();
        return await db.Database.SqlQueryRaw<string>("""
            SELECT 'collection ' || id || ' ' || xmin::text AS "Value" FROM collections
            UNION ALL SELECT 'feature ' || collection_id || '/' || feature_id || ' ' || xmin::text FROM features
            """).ToDictionaryAsync(v => v[..v.LastIndexOf(' ')], v => v[(v.LastIndexOf(' ') + 1)..], Ct);
    }

    private void WriteRecordsFile(string id) => _geodata.WriteCollection(MiniGeodata.Records,
        [MiniGeodata.Feature(id, Wkt.Read("POLYGON ((120.95 27.95, 121.0 27.95, 121.0 28.0, 120.95 27.95))"))]);

    private async Task<string[]> Ids(string collection) =>
        (await Store().QueryAsync(collection, FeatureQuery.All, Ct))!.Features.Select(f => f.Id).ToArray();

    /// <summary>The ids in the table, for a collection the mini catalogue does not list.</summary>
    private async Task<string[]> StoredIds(string collection)
    {
        await using var db = PostGisStores.Contexts(database.ConnectionString).CreateDbContext();
        return await db.Features.Where(f => f.CollectionId == collection).Select(f => f.FeatureId).Order().ToArrayAsync(Ct);
    }

    [Fact]
    public async Task LoadsEveryCollectionOnTheFirstStart()
    {
        Assert.Equal([MiniGeodata.Zones, MiniGeodata.Records], await StartAsync());

        Assert.Equal(["a", "b", "c", "d"], await Ids(MiniGeodata.Zones));
    }

    [Fact]
    public async Task ChangesNothingOnASecondStart()
    {
        await StartAsync();
        var before = await RowVersions();

        Assert.Empty(await StartAsync());

        Assert.Equal(before, await RowVersions());
    }

    [Fact]
    public async Task ReloadsOnlyTheCollectionWhoseFileChanged()
    {
        WriteRecordsFile("g1");
        await StartAsync();
        var before = await RowVersions();

        _geodata.WriteCollection(MiniGeodata.Zones,
            [MiniGeodata.Feature("a", Wkt.Read(MiniGeodata.ZoneFeatures[0].Wkt), new JsonObject { ["zone"] = "liubai" })]);
        Assert.Equal([MiniGeodata.Zones], await StartAsync());

        var after = await RowVersions();
        Assert.Equal(["a"], await Ids(MiniGeodata.Zones));
        Assert.Equal("liubai", (await Store().GetAsync(MiniGeodata.Zones, "a", Ct))!.Text("zone"));
        Assert.Equal(before["collection records"], after["collection records"]);
        Assert.Equal(before["feature records/g1"], after["feature records/g1"]);
    }

    [Fact]
    public async Task LoadsAnExtraCollectionOnTheFirstStart()
    {
        WriteParcels("p1", "p2");

        Assert.Contains("parcels", await StartAsync(WithParcels()));

        Assert.Equal(["p1", "p2"], await StoredIds("parcels"));
    }

    [Fact]
    public async Task DoesNotEvenReadAnUnchangedExtraCollectionFileOnASecondStart()
    {
        WriteParcels("p1", "p2");
        await StartAsync(WithParcels());
        var before = await RowVersions();

        var second = WithParcels();
        Assert.Empty(await StartAsync(second));

        Assert.False(second.Deferred["parcels"].IsRead);
        Assert.Equal(before, await RowVersions());
    }

    [Fact]
    public async Task ReloadsAnExtraCollectionWhoseFileChanged()
    {
        WriteParcels("p1", "p2");
        await StartAsync(WithParcels());

        WriteParcels("p3");
        Assert.Equal(["parcels"], await StartAsync(WithParcels()));

        Assert.Equal(["p3"], await StoredIds("parcels"));
    }

    [Fact]
    public async Task AChangedExtraCollectionWithABadFeatureFailsTheStartNamingItAndWritesNothing()
    {
        WriteParcels("p1");
        await StartAsync(WithParcels());
        var before = await RowVersions();
        File.WriteAllText(_extraFiles.File("parcels.geojson"), """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"far","properties":{},
             "geometry":{"type":"Point","coordinates":[2.35,48.85]}}]}
            """);

        var error = await Assert.ThrowsAsync<GeodataException>(() => StartAsync(WithParcels()));

        Assert.Contains("'far'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowVersions());
    }

    [Fact]
    public async Task LoadsAWritableCollectionFromGeodataUntilAPlannerWritesToIt()
    {
        WriteRecordsFile("g1");
        await StartAsync();
        WriteRecordsFile("g2");

        Assert.Equal([MiniGeodata.Records], await StartAsync());
        Assert.Equal(["g2"], await Ids(MiniGeodata.Records));
    }

    [Fact]
    public async Task KeepsPlannersRecordsWhenTheWritableCollectionsFileChanges()
    {
        WriteRecordsFile("g1");
        await StartAsync();
        await Store().DeleteAsync(MiniGeodata.Records, "g1", expectedVersion: null, author: null, Ct);
        await Store().CreateAsync(MiniGeodata.Records, new PlanFeature("r1", Wkt.Read("POINT (120.97 27.97)").Buffer(0.01),
            new NetTopologySuite.Features.AttributesTable()), author: null, Ct);
        WriteRecordsFile("g2");

        Assert.Empty(await StartAsync());

        Assert.Equal(["r1"], await Ids(MiniGeodata.Records));
    }

    [Fact]
    public async Task SeedsOnceWhenTwoAppsStartTogether()
    {
        var geodata = GeodataLoader.Load(_geodata.Path);

        await Task.WhenAll(
            PostGisStores.Startup(database.ConnectionString, geodata).EnsureReadyAsync(Ct),
            PostGisStores.Startup(database.ConnectionString, geodata).EnsureReadyAsync(Ct));

        Assert.Equal(["a", "b", "c", "d"], await Ids(MiniGeodata.Zones));
        Assert.Equal(6, (await RowVersions()).Count);
    }
}
