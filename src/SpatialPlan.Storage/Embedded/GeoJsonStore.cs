using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// The embedded store: every collection in memory with an STRtree, for one planner on one machine with no
/// database. Writable collections start from the records database in the data folder when it holds them (else from
/// geodata). Writes are decided one at a time under a lock against the state every earlier write leaves (durable or
/// still in its commit), then kept by <see cref="GroupCommit"/> in <see cref="RecordsDatabase"/> (SQLite, WAL, one
/// fsync per group of writers), and become visible and acknowledged only once durable, so a crash loses nothing that
/// was acknowledged. A failed commit (a full disk, say) undoes the writes decided on top of it; readers never saw them.
/// </summary>
public sealed class GeoJsonStore : IFeatureReader, IRecordWriter, IDisposable
{
    private readonly LayerCatalogue _catalogue;
    private readonly string _dataDirectory;
    private readonly Dictionary<string, CollectionIndex> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FeatureVersion>> _history = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly RecordsDatabase _database;
    private readonly GroupCommit _commits;
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal); // collections the database owns, as readers see them
    private readonly Dictionary<string, Decided> _decided = new(StringComparer.Ordinal); // under _writeLock
    private int _disposed;

    public GeoJsonStore(PlanGeodata geodata, GeoJsonStoreOptions options)
    {
        _catalogue = geodata.Catalogue;
        _dataDirectory = options.DataDirectory;
        _database = new RecordsDatabase(_dataDirectory, options.MaxDatabasePages);
        try
        {
            RecordsMigration.Run(_dataDirectory, _catalogue.Extent, _catalogue.Layers.Where(l => l.Writable), _database);
            foreach (var layer in _catalogue.Layers)
            {
                var stored = layer.Writable ? _database.Load(layer.Id) : null;
                _collections[layer.Id] = new CollectionIndex(stored?.Records ?? geodata.FeaturesOf(layer.Id));
                _history[layer.Id] = stored?.History ?? [];
                if (stored is not null)
                {
                    _stored.Add(layer.Id);
                }

                _decided[layer.Id] = Visible(layer.Id);
            }
        }
        catch
        {
            _database.Dispose();
            throw;
        }

        _commits = new GroupCommit(_database.Commit, UndoUndurable);
    }

    public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Query(query));

    /// <summary>The STRtree's page as it is: in memory already, so there is nothing to hold or release.</summary>
    public Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Query(query) is { } page ? StreamedPage.Of(page) : null);

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Extent is { } extent ? new Envelope(extent) : null); // a copy: Envelope is mutable

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Get(featureId));

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index => index.Get(feature.Id) is not null
            ? Change.Refused(WriteOutcome.DuplicateId)
            : new Change(WriteOutcome.Done, index.Features.Append(feature), VersionAction.Created, [feature]), cancellationToken);

    public Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index =>
            features.Select(f => f.Id).Distinct().Count() != features.Count || features.Any(f => index.Get(f.Id) is not null)
                ? Change.Refused(WriteOutcome.DuplicateId)
                : new Change(WriteOutcome.Done, index.Features.Concat(features), VersionAction.Created, features), cancellationToken);

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index => index.Get(feature.Id) is null
            ? Change.Refused(WriteOutcome.FeatureNotFound)
            : new Change(WriteOutcome.Done, index.Features.Select(f => f.Id == feature.Id ? feature : f), VersionAction.Replaced, [feature]),
            cancellationToken);

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index => index.Get(featureId) is not { } deleted
            ? Change.Refused(WriteOutcome.FeatureNotFound)
            : new Change(WriteOutcome.Done, index.Features.Where(f => f.Id != featureId), VersionAction.Deleted, [deleted]),
            cancellationToken);

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken)
    {
        lock (_collections)
        {
            return Task.FromResult<IReadOnlyList<FeatureVersion>?>(_history.TryGetValue(collectionId, out var history)
                ? history.Where(v => v.FeatureId == featureId).ToList()
                : null);
        }
    }

    /// <summary>For the store's vector tiles: features whose envelope meets the box (STRtree), or null for an unknown collection.</summary>
    internal IEnumerable<PlanFeature>? EnvelopeCandidates(string collectionId, Envelope box) => Index(collectionId)?.EnvelopeCandidates(box);

    /// <summary>Commits what is queued and closes the database. Idempotent: the container disposes the store once for
    /// each service it is registered as.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _commits.Dispose();
        _database.Dispose();
        _writeLock.Dispose();
    }

    private CollectionIndex? Index(string collectionId)
    {
        lock (_collections)
        {
            return _collections.GetValueOrDefault(collectionId);
        }
    }

    /// <summary>What a write decided: the outcome and, when done, the records after it and the states to keep as versions.</summary>
    private sealed record Change(WriteOutcome Outcome, IEnumerable<PlanFeature>? Next, VersionAction Action, IReadOnlyList<PlanFeature> States)
    {
        public static Change Refused(WriteOutcome outcome) => new(outcome, null, default, []);
    }

    /// <summary>A collection as the writes decided so far leave it (some perhaps still in their commit), and whether the
    /// database owns it already.</summary>
    private sealed record Decided(CollectionIndex Index, IReadOnlyList<FeatureVersion> History, bool Stored);

    /// <summary>Decides the change under the write lock against every write decided before it, queues it with its
    /// versions, and completes once it is durable and visible.</summary>
    private async Task<WriteOutcome> WriteAsync(
        string collectionId, string? author, Func<CollectionIndex, Change> decide, CancellationToken cancellationToken)
    {
        var layer = _catalogue.Find(collectionId);
        if (layer is null)
        {
            return WriteOutcome.CollectionNotFound;
        }

        if (!layer.Writable)
        {
            return WriteOutcome.CollectionReadOnly;
        }

        Task durable;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var decided = _decided[collectionId];
            var change = decide(decided.Index);
            if (change.Outcome != WriteOutcome.Done)
            {
                return change.Outcome;
            }

            var updated = new CollectionIndex(change.Next!);
            var history = decided.History;
            var now = DateTimeOffset.UtcNow;
            var versions = change.States.Select(state => new FeatureVersion(
                state.Id, history.Where(v => v.FeatureId == state.Id).Select(v => v.Version).DefaultIfEmpty(0).Max() + 1,
                change.Action, now, author, state)).ToList();
            var nextHistory = history.Concat(versions).ToList();
            _decided[collectionId] = new Decided(updated, nextHistory, Stored: true);
            // The first write to a collection still served from geodata stores all its records; later ones their versions.
            durable = _commits.Enqueue(new RecordsChange(collectionId, decided.Stored ? null : updated.Features, versions), () =>
            {
                lock (_collections)
                {
                    _collections[collectionId] = updated;
                    _history[collectionId] = nextHistory;
                    _stored.Add(collectionId);
                }
            });
        }
        finally
        {
            _writeLock.Release();
        }

        await durable; // not cancelled: once queued, the change is kept or fails whole, and the caller hears which
        return WriteOutcome.Done;
    }

    /// <summary>After a failed commit: what was decided on top of the lost changes is dropped, and writers go back to
    /// the durable state.</summary>
    private void UndoUndurable(Exception failure)
    {
        _writeLock.Wait();
        try
        {
            _commits.FailQueued(failure);
            foreach (var collectionId in _decided.Keys.ToList())
            {
                _decided[collectionId] = Visible(collectionId);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Decided Visible(string collectionId)
    {
        lock (_collections)
        {
            return new Decided(_collections[collectionId], _history[collectionId], _stored.Contains(collectionId));
        }
    }
}
