using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>Nothing a planner wrote is lost: every create, replace and delete leaves a version.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    private async Task<IReadOnlyList<FeatureVersion>> History(string id) =>
        (await Store.GetHistoryAsync(MiniGeodata.Records, id, Ct))!;

    [Fact]
    public async Task KeepsEveryVersionOfARecordThroughReplaceAndDelete()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), "wang", Ct);
        await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "second"), expectedVersion: null, "li", Ct);
        await Store.DeleteAsync(MiniGeodata.Records, "r1", expectedVersion: null, "wang", Ct);

        var history = await History("r1");

        Assert.Equal([1, 2, 3], history.Select(v => v.Version));
        Assert.Equal([VersionAction.Created, VersionAction.Replaced, VersionAction.Deleted], history.Select(v => v.Action));
        Assert.Equal(["wang", "li", "wang"], history.Select(v => v.Author));
        Assert.Equal(["first", "second", "second"], history.Select(v => v.Feature.Text("note")));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.Null(await Store.GetAsync(MiniGeodata.Records, "r1", Ct));
    }

    [Fact]
    public async Task KeepsTheHistoryAcrossARestart()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "kept"), "wang", Ct);
        await Store.ReplaceAsync(MiniGeodata.Records, Record("r1", "kept again"), expectedVersion: null, "wang", Ct);

        await RestartAsync();

        Assert.Equal(["kept", "kept again"], (await History("r1")).Select(v => v.Feature.Text("note")));
    }

    [Fact]
    public async Task NumbersARecreatedIdAfterItsEarlierVersions()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "a"), null, Ct);
        await Store.DeleteAsync(MiniGeodata.Records, "r1", expectedVersion: null, null, Ct);
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "b"), null, Ct);

        Assert.Equal([1, 2, 3], (await History("r1")).Select(v => v.Version));
    }

    [Fact]
    public async Task RecordsNoVersionForARefusedWrite()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "a"), null, Ct);

        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "duplicate"), null, Ct);
        await Store.ReplaceAsync(MiniGeodata.Records, Record("zz", "missing"), expectedVersion: null, null, Ct);
        await Store.DeleteAsync(MiniGeodata.Zones, "a", expectedVersion: null, null, Ct);

        Assert.Single(await History("r1"));
        Assert.Empty(await History("zz"));
    }

    [Fact]
    public async Task AnswersNullForTheHistoryOfAnUnknownCollection() =>
        Assert.Null(await Store.GetHistoryAsync("nowhere", "r1", Ct));
}

/// <summary>Imports write many records at once: all of them or none.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    [Fact]
    public async Task CreatesManyRecordsInOneWriteEachWithItsFirstVersion()
    {
        Assert.Equal(WriteOutcome.Done, (await Store.CreateAllAsync(MiniGeodata.Records, [Record("i1", "a"), Record("i2", "b")], "wang", Ct)).Outcome);

        Assert.Equal(["i1", "i2"], await RecordIds());
        Assert.Equal(VersionAction.Created, Assert.Single(await History("i2")).Action);
    }

    [Fact]
    public async Task WritesNoneOfABatchWithATakenOrRepeatedId()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("i1", "there"), null, Ct);

        Assert.Equal(WriteOutcome.DuplicateId, (await Store.CreateAllAsync(MiniGeodata.Records, [Record("i2", "new"), Record("i1", "taken")], null, Ct)).Outcome);
        Assert.Equal(WriteOutcome.DuplicateId, (await Store.CreateAllAsync(MiniGeodata.Records, [Record("i3", "x"), Record("i3", "y")], null, Ct)).Outcome);

        Assert.Equal(["i1"], await RecordIds());
        Assert.Empty(await History("i2"));
    }
}
