using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>
/// What every store (an <see cref="IFeatureReader"/> and <see cref="IRecordWriter"/>) must do, run against each store by a derived class: the same queries
/// over the same <see cref="MiniGeodata"/> give the same ids, order, counts and outcomes. This file holds the setup
/// and the writes; the queries and the properties are in the other FeatureStoreContract.*.cs files.
/// </summary>
public abstract partial class FeatureStoreContract<TStore> : IAsyncLifetime
    where TStore : IFeatureReader, IRecordWriter
{
    protected MiniGeodata Geodata { get; } = new();

    protected TStore Store { get; private set; } = default!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A store over <see cref="Geodata"/> with what earlier stores of this test saved (none at first).</summary>
    protected abstract Task<TStore> OpenStoreAsync();

    /// <summary>Stops the current store, as the app does on shutdown.</summary>
    protected virtual ValueTask CloseStoreAsync() =>
        Store is IDisposable disposable ? DisposeNow(disposable) : ValueTask.CompletedTask;

    public virtual async ValueTask InitializeAsync() => Store = await OpenStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await CloseStoreAsync();
        Geodata.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the store and opens it again over the same data: an app restart.</summary>
    protected async Task RestartAsync()
    {
        await CloseStoreAsync();
        Store = await OpenStoreAsync();
    }

    protected static PlanFeature Record(string id, string note, string wkt = "POLYGON ((120.95 27.95, 121.0 27.95, 121.0 28.0, 120.95 27.95))") =>
        new(id, Wkt.Read(wkt), new AttributesTable { { "note", note } });

    protected async Task<string[]> RecordIds() =>
        (await Store.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features.Select(f => f.Id).ToArray();

    [Fact]
    public async Task CreatesARecordThatQueriesThenFind()
    {
        Assert.Equal(WriteOutcome.Done, (await Store.CreateAsync(MiniGeodata.Records, Record("r1", "新建"), author: null, Ct)).Outcome);

        var page = await Store.QueryAsync(MiniGeodata.Records, new FeatureQuery { Bbox = new Envelope(120.96, 120.97, 27.955, 27.96), Limit = 10 }, Ct);
        Assert.Equal(["r1"], page!.Features.Select(f => f.Id));
        Assert.Equal(1, page.NumberMatched);
        Assert.Equal("新建", (await Store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
    }

    [Fact]
    public async Task KeepsACreatedRecordAcrossARestart()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "新建"), author: null, Ct);

        await RestartAsync();

        Assert.Equal("新建", (await Store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
    }

    [Fact]
    public async Task ReplacesAndDeletesRecords()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), author: null, Ct);

        Assert.Equal(WriteOutcome.Done, (await Store.ReplaceAsync(MiniGeodata.Records,
            Record("r1", "second", "POLYGON ((121.1 28.1, 121.2 28.1, 121.2 28.2, 121.1 28.1))"), expectedVersion: null, author: null, Ct)).Outcome);
        var replaced = await Store.GetAsync(MiniGeodata.Records, "r1", Ct);
        Assert.Equal("second", replaced!.Text("note"));
        Assert.Equal(121.2, replaced.Geometry.EnvelopeInternal.MaxX);
        Assert.Equal(WriteOutcome.Done, (await Store.DeleteAsync(MiniGeodata.Records, "r1", expectedVersion: null, author: null, Ct)).Outcome);

        await RestartAsync();
        Assert.Empty(await RecordIds());
    }

    [Fact]
    public async Task RefusesADuplicateIdAndChangesNothing()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), author: null, Ct);

        Assert.Equal(WriteOutcome.DuplicateId, (await Store.CreateAsync(MiniGeodata.Records, Record("r1", "again"), author: null, Ct)).Outcome);
        Assert.Equal("first", (await Store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
    }

    [Fact]
    public async Task RefusesToWriteThePlanItselfAnUnknownCollectionOrAMissingFeature()
    {
        Assert.Equal(WriteOutcome.CollectionReadOnly, (await Store.DeleteAsync(MiniGeodata.Zones, "a", expectedVersion: null, author: null, Ct)).Outcome);
        Assert.Equal(WriteOutcome.CollectionReadOnly, (await Store.CreateAsync(MiniGeodata.Zones, Record("z9", "x"), author: null, Ct)).Outcome);
        Assert.Equal(WriteOutcome.CollectionNotFound, (await Store.CreateAsync("nowhere", Record("r1", "x"), author: null, Ct)).Outcome);
        Assert.Equal(WriteOutcome.FeatureNotFound, (await Store.ReplaceAsync(MiniGeodata.Records, Record("zz", "x"), expectedVersion: null, author: null, Ct)).Outcome);
        Assert.Equal(WriteOutcome.FeatureNotFound, (await Store.DeleteAsync(MiniGeodata.Records, "zz", expectedVersion: null, author: null, Ct)).Outcome);

        Assert.Equal(4, (await Store.QueryAsync(MiniGeodata.Zones, FeatureQuery.All, Ct))!.NumberMatched);
        Assert.Empty(await RecordIds());
    }

    [Fact]
    public async Task ChangesNothingWhenAWriteIsCancelled()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "kept"), author: null, Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Store.CreateAsync(MiniGeodata.Records, Record("r2", "lost"), author: null, new CancellationToken(canceled: true)));

        await RestartAsync();
        Assert.Equal(["r1"], await RecordIds());
    }

    private static ValueTask DisposeNow(IDisposable disposable)
    {
        disposable.Dispose();
        return ValueTask.CompletedTask;
    }
}
