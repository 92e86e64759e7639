using System.Collections.Immutable;
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
    // The last version number of every id written per collection (deleted ones too): all a write needs to number the
    // next one. The versions themselves stay in the records database, so memory holds each record once, not its history.
    private readonly Dictionary<string, ImmutableDictionary<string, int>> _lastVersions = new(StringComparer.Ordinal);
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
                var features = stored?.Records ?? geodata.FeaturesOf(layer.Id);
                _lastVersions[layer.Id] = stored?.LastVersions.ToImmutableDictionary(StringComparer.Ordinal) ??
                    ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);
                _collections[layer.Id] = new CollectionIndex(layer.Writable ? AtCurrentVersions(features, _lastVersions[layer.Id]) : features);
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

    public Task<WriteResult> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index => index.Get(feature.Id) is not null
            ? Change.Refused(WriteOutcome.DuplicateId)
            : new Change(WriteOutcome.Done, index.Features.Append(feature), VersionAction.Created, [feature]), cancellationToken);

    public async Task<WriteResult> CreateAllAsync(
        string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken)
    {
        var written = await WriteAsync(collectionId, author, index =>
            features.Select(f => f.Id).Distinct().Count() != features.Count || features.Any(f => index.Get(f.Id) is not null)
                ? Change.Refused(WriteOutcome.DuplicateId)
                : new Change(WriteOutcome.Done, index.Features.Concat(features), VersionAction.Created, features), cancellationToken);
        return written with { Version = null }; // several records: no one version to name
    }

    public Task<WriteResult> ReplaceAsync(
        string collectionId, PlanFeature feature, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index => Check(index.Get(feature.Id), expectedVersion) ??
            new Change(WriteOutcome.Done, index.Features.Select(f => f.Id == feature.Id ? feature : f), VersionAction.Replaced, [feature]),
            cancellationToken);

    public Task<WriteResult> DeleteAsync(
        string collectionId, string featureId, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, author, index => Check(index.Get(featureId), expectedVersion) ??
            new Change(WriteOutcome.Done, index.Features.Where(f => f.Id != featureId), VersionAction.Deleted, [index.Get(featureId)!]),
            cancellationToken);

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeatureVersion>?>(_catalogue.Find(collectionId) switch
        {
            null => null,
            { Writable: false } => [],
            _ => _database.History(collectionId, featureId),
        });

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
    private sealed record Change(
        WriteOutcome Outcome, IEnumerable<PlanFeature>? Next, VersionAction Action, IReadOnlyList<PlanFeature> States, int? Current = null)
    {
        public static Change Refused(WriteOutcome outcome, int? current = null) => new(outcome, null, default, [], current);
    }

    /// <summary>The refusal of a replace or delete of <paramref name="current"/> (null: missing), or null when it may go ahead.</summary>
    private static Change? Check(PlanFeature? current, int? expectedVersion) => current switch
    {
        null => Change.Refused(WriteOutcome.FeatureNotFound),
        _ when expectedVersion is { } expected && expected != current.Version =>
            Change.Refused(WriteOutcome.VersionMismatch, current.Version),
        _ => null,
    };

    /// <summary>Records carrying their last version, or 0 when none (loaded from geodata).</summary>
    private static List<PlanFeature> AtCurrentVersions(IEnumerable<PlanFeature> features, IReadOnlyDictionary<string, int> lastVersions) =>
        features.Select(f => f.WithVersion(lastVersions.GetValueOrDefault(f.Id))).ToList();

    /// <summary>A collection as the writes decided so far leave it (some perhaps still in their commit), and whether the
    /// database owns it already.</summary>
    private sealed record Decided(CollectionIndex Index, ImmutableDictionary<string, int> LastVersions, bool Stored);

    /// <summary>Decides the change under the write lock against every write decided before it, queues it with its
    /// versions, and completes once it is durable and visible.</summary>
    private async Task<WriteResult> WriteAsync(
        string collectionId, string? author, Func<CollectionIndex, Change> decide, CancellationToken cancellationToken)
    {
        var layer = _catalogue.Find(collectionId);
        if (layer is null)
        {
            return WriteResult.Refused(WriteOutcome.CollectionNotFound);
        }

        if (!layer.Writable)
        {
            return WriteResult.Refused(WriteOutcome.CollectionReadOnly);
        }

        Task durable;
        WriteResult done;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var decided = _decided[collectionId];
            var change = decide(decided.Index);
            if (change.Outcome != WriteOutcome.Done)
            {
                return new WriteResult(change.Outcome, change.Current);
            }

            var versions = change.States.ToDictionary(
                state => state.Id, state => decided.LastVersions.GetValueOrDefault(state.Id) + 1, StringComparer.Ordinal);
            var updated = new CollectionIndex(change.Next!.Select(f => versions.TryGetValue(f.Id, out var v) ? f.WithVersion(v) : f));
            var now = DateTimeOffset.UtcNow;
            var added = change.States.Select(state => new FeatureVersion(state.Id, versions[state.Id], change.Action, now, author, state)).ToList();
            var lastVersions = decided.LastVersions.SetItems(versions);
            // The first write to a collection still served from geodata stores all its records; later ones their versions.
            durable = _commits.Enqueue(new RecordsChange(collectionId, decided.Stored ? null : updated.Features, added), () =>
            {
                lock (_collections)
                {
                    _collections[collectionId] = updated;
                    _lastVersions[collectionId] = lastVersions;
                    _stored.Add(collectionId);
                }
            });
            _decided[collectionId] = new Decided(updated, lastVersions, Stored: true);
            done = WriteResult.Done(change.States.Count == 1 ? versions[change.States[0].Id] : null);
        }
        finally
        {
            _writeLock.Release();
        }

        await durable; // not cancelled: once queued, the change is kept or fails whole, and the caller hears which
        return done;
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
            return new Decided(_collections[collectionId], _lastVersions[collectionId], _stored.Contains(collectionId));
        }
    }
}
