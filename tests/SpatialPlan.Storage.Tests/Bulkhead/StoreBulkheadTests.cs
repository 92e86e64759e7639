using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Storage.Bulkhead;

namespace SpatialPlan.Storage.Tests.Bulkhead;

/// <summary>One bulkhead for every path to the store: a held slot turns away reads, streams, writes and tiles alike
/// once the queue is full, and a stream gives its slot back only when it is disposed.</summary>
public sealed class StoreBulkheadTests : IDisposable
{
    private readonly StoreBulkhead _bulkhead = new(permits: 1, queueLimit: 0);
    private readonly HeldReader _store = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bulkhead.Dispose();

    [Fact]
    public async Task TurnsAwayEveryKindOfCallWhileAStreamHoldsTheOnlySlot()
    {
        var reader = new BulkheadFeatureReader(_store, _bulkhead);
        var writer = new BulkheadRecordWriter(_store, _bulkhead);
        var tiles = new BulkheadVectorTiles(_store, _bulkhead);

        var stream = (await reader.StreamAsync("c", FeatureQuery.All, Ct))!;

        await Assert.ThrowsAsync<StoreSaturatedException>(() => reader.QueryAsync("c", FeatureQuery.All, Ct));
        await Assert.ThrowsAsync<StoreSaturatedException>(() => reader.GetAsync("c", "f", Ct));
        await Assert.ThrowsAsync<StoreSaturatedException>(() => reader.GetExtentAsync("c", Ct));
        await Assert.ThrowsAsync<StoreSaturatedException>(() => writer.DeleteAsync("c", "f", expectedVersion: null, "wang", Ct));
        await Assert.ThrowsAsync<StoreSaturatedException>(() => writer.GetHistoryAsync("c", "f", Ct));
        await Assert.ThrowsAsync<StoreSaturatedException>(() => tiles.GetTileAsync("c", new TileIndex(1, 0, 0), Ct));

        await stream.DisposeAsync();

        Assert.True(_store.StreamReleased);
        Assert.Equal(WriteOutcome.Done, (await writer.DeleteAsync("c", "f", expectedVersion: null, "wang", Ct)).Outcome);
        Assert.NotNull(await tiles.GetTileAsync("c", new TileIndex(1, 0, 0), Ct));
    }

    [Fact]
    public async Task GivesTheSlotBackWhenACallFails()
    {
        var reader = new BulkheadFeatureReader(_store, _bulkhead);
        _store.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.StreamAsync("c", FeatureQuery.All, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.QueryAsync("c", FeatureQuery.All, Ct));
        _store.Fail = false;

        Assert.NotNull(await reader.QueryAsync("c", FeatureQuery.All, Ct));
    }

    [Fact]
    public async Task QueuesACallUpToTheQueueLimitAndServesItWhenTheSlotFrees()
    {
        using var bulkhead = new StoreBulkhead(permits: 1, queueLimit: 1);
        var reader = new BulkheadFeatureReader(_store, bulkhead);
        var stream = (await reader.StreamAsync("c", FeatureQuery.All, Ct))!;

        var queued = reader.QueryAsync("c", FeatureQuery.All, Ct);
        await Assert.ThrowsAsync<StoreSaturatedException>(() => reader.GetAsync("c", "f", Ct));
        Assert.False(queued.IsCompleted);

        await stream.DisposeAsync();
        Assert.NotNull(await queued);
    }

    /// <summary>A store that answers at once, or fails when told, and says when a stream's resources were released.</summary>
    private sealed class HeldReader : IFeatureReader, IRecordWriter, IVectorTileSource
    {
        public bool Fail { get; set; }

        public bool StreamReleased { get; private set; }

        private T Answer<T>(T value) => Fail ? throw new InvalidOperationException("store failure") : value;

        public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<FeaturePage?>(Answer(new FeaturePage([], 0)));

        public Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<StreamedPage?>(Answer(new StreamedPage(0, 0, AsyncEnumerable.Empty<PlanFeature>(), new Release(this))));

        public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
            Task.FromResult<PlanFeature?>(null);

        public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) => Task.FromResult<Envelope?>(null);

        public Task<WriteResult> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
            Task.FromResult(WriteResult.Done(1));

        public Task<WriteResult> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
            Task.FromResult(WriteResult.Done(null));

        public Task<WriteResult> ReplaceAsync(
            string collectionId, PlanFeature feature, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
            Task.FromResult(WriteResult.Done(2));

        public Task<WriteResult> DeleteAsync(
            string collectionId, string featureId, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
            Task.FromResult(WriteResult.Done(3));

        public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FeatureVersion>?>([]);

        public Task<byte[]?> GetTileAsync(string collectionId, TileIndex tile, CancellationToken cancellationToken) =>
            Task.FromResult<byte[]?>([]);

        private sealed class Release(HeldReader owner) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                owner.StreamReleased = true;
                return ValueTask.CompletedTask;
            }
        }
    }
}
