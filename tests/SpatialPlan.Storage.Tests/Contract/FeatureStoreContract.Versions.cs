using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>Every record state has a version: readers see it, writers report it, and a stale expected version changes nothing.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    private async Task<int?> VersionOf(string id) => (await Store.GetAsync(MiniGeodata.Records, id, Ct))?.Version;

    [Fact]
    public async Task ReportsTheVersionEachWriteMadeAndReadersSeeIt()
    {
        Assert.Equal(WriteResult.Done(1), await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), null, Ct));
        Assert.Equal(WriteResult.Done(2), await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "second"), expectedVersion: null, null, Ct));

        Assert.Equal(2, await VersionOf("r1"));
        Assert.Equal([2], (await Store.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features.Select(f => f.Version));
        await using var stream = (await Store.StreamAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!;
        Assert.Equal([2], await stream.Features.Select(f => f.Version).ToListAsync(Ct));
        Assert.Equal(WriteResult.Done(3), await Store.DeleteAsync(MiniGeodata.Records, "r1", expectedVersion: 2, null, Ct));
        Assert.Equal(WriteResult.Done(4), await Store.CreateAsync(MiniGeodata.Records, Record("r1", "again"), null, Ct));
        Assert.Equal(4, await VersionOf("r1"));
    }

    [Fact]
    public async Task KeepsTheVersionAcrossARestart()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), null, Ct);
        await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "second"), expectedVersion: 1, null, Ct);

        await RestartAsync();

        Assert.Equal(2, await VersionOf("r1"));
        Assert.Equal(WriteResult.Done(3), await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "third"), expectedVersion: 2, null, Ct));
    }

    [Fact]
    public async Task GivesThePlansReadOnlyFeaturesNoVersion()
    {
        Assert.Null((await Store.GetAsync(MiniGeodata.Zones, "a", Ct))!.Version);
        Assert.All((await Store.QueryAsync(MiniGeodata.Zones, FeatureQuery.All, Ct))!.Features, f => Assert.Null(f.Version));
    }

    [Fact]
    public async Task NumbersARecordLoadedFromGeodataZeroUntilItIsWritten()
    {
        Geodata.WriteCollection(MiniGeodata.Records, [MiniGeodata.Feature("g1", Record("g1", "seeded").Geometry)]);
        await RestartAsync();

        Assert.Equal(0, await VersionOf("g1"));
        Assert.Equal(WriteResult.Done(1), await Store.ReplaceAsync(MiniGeodata.Records, Record("g1", "written"), expectedVersion: 0, null, Ct));
        Assert.Equal([1], (await History("g1")).Select(v => v.Version));
    }

    [Fact]
    public async Task RefusesAReplaceOrDeleteAtAStaleVersionAndChangesNothing()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), null, Ct);
        await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "second"), expectedVersion: null, null, Ct);

        Assert.Equal(WriteResult.Mismatch(2), await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "stale"), expectedVersion: 1, null, Ct));
        Assert.Equal(WriteResult.Mismatch(2), await Store.DeleteAsync(MiniGeodata.Records, "r1", expectedVersion: 3, null, Ct));

        Assert.Equal("second", (await Store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
        Assert.Equal([1, 2], (await History("r1")).Select(v => v.Version));
    }

    [Fact]
    public async Task AnswersNotFoundForAMissingRecordWhateverVersionWasExpected()
    {
        Assert.Equal(WriteResult.Refused(WriteOutcome.FeatureNotFound),
            await Store.ReplaceAsync(MiniGeodata.Records, Record("zz", "x"), expectedVersion: 1, null, Ct));
        Assert.Equal(WriteResult.Refused(WriteOutcome.FeatureNotFound),
            await Store.DeleteAsync(MiniGeodata.Records, "zz", expectedVersion: 1, null, Ct));
    }

    [Fact]
    public async Task NamesNoVersionForAWriteOfManyRecords() =>
        Assert.Equal(WriteResult.Done(null), await Store.CreateAllAsync(MiniGeodata.Records, [Record("i1", "a"), Record("i2", "b")], null, Ct));
}
