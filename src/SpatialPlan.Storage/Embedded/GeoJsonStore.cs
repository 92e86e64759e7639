using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// The embedded store: every collection in memory with an STRtree, for one planner on one machine with no
/// database. Writable collections start from the data folder when it has them (else from geodata) and
/// every write replaces their file, records and history together, atomically before it becomes visible, so
/// a crash loses nothing that was acknowledged.
/// </summary>
public sealed class GeoJsonStore : IFeatureReader, IRecordWriter, IDisposable
{
    private readonly LayerCatalogue _catalogue;
    private readonly string _dataDirectory;
    private readonly Dictionary<string, CollectionIndex> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FeatureVersion>> _history = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public GeoJsonStore(PlanGeodata geodata, GeoJsonStoreOptions options)
    {
        _catalogue = geodata.Catalogue;
        _dataDirectory = options.DataDirectory;
        foreach (var layer in _catalogue.Layers)
        {
            var features = layer.Writable ? LoadRecords(layer) ?? geodata.FeaturesOf(layer.Id) : geodata.FeaturesOf(layer.Id);
            _history[layer.Id] = layer.Writable && File.Exists(RecordsPath(layer)) ? RecordsFile.ReadHistory(RecordsPath(layer)) : [];
            _collections[layer.Id] = new CollectionIndex(layer.Writable ? AtCurrentVersions(features, _history[layer.Id]) : features);
        }
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

    public void Dispose() => _writeLock.Dispose();

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

    /// <summary>The next number of each record in <paramref name="history"/>: one past its last version (1 for a new id).</summary>
    private static int NextVersion(IReadOnlyList<FeatureVersion> history, string featureId) =>
        history.Where(v => v.FeatureId == featureId).Select(v => v.Version).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Records carrying their last version in <paramref name="history"/>, or 0 when none (loaded from geodata).</summary>
    private static List<PlanFeature> AtCurrentVersions(IEnumerable<PlanFeature> features, IReadOnlyList<FeatureVersion> history)
    {
        var last = history.GroupBy(v => v.FeatureId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(v => v.Version), StringComparer.Ordinal);
        return features.Select(f => f.WithVersion(last.GetValueOrDefault(f.Id))).ToList();
    }

    /// <summary>Decides the change under the write lock, persists it with its version, and only then makes it visible.</summary>
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

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var change = decide(Index(collectionId)!);
            if (change.Outcome != WriteOutcome.Done)
            {
                return new WriteResult(change.Outcome, change.Current);
            }

            var history = _history[collectionId];
            var versions = change.States.ToDictionary(state => state.Id, state => NextVersion(history, state.Id), StringComparer.Ordinal);
            var updated = new CollectionIndex(change.Next!.Select(f => versions.TryGetValue(f.Id, out var v) ? f.WithVersion(v) : f));
            var now = DateTimeOffset.UtcNow;
            var nextHistory = history.Concat(change.States.Select(state => new FeatureVersion(
                state.Id, versions[state.Id], change.Action, now, author, state))).ToList();
            await AtomicFile.WriteAsync(RecordsPath(layer), stream => RecordsFile.WriteAsync(stream, updated.Features, nextHistory), cancellationToken);
            lock (_collections)
            {
                _collections[collectionId] = updated;
                _history[collectionId] = nextHistory;
            }

            return WriteResult.Done(change.States.Count == 1 ? versions[change.States[0].Id] : null);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private string RecordsPath(LayerDefinition layer) => Path.Combine(_dataDirectory, layer.File);

    /// <summary>The records saved earlier, checked like geodata, or null when none were saved yet.</summary>
    private IReadOnlyList<PlanFeature>? LoadRecords(LayerDefinition layer)
    {
        if (!File.Exists(RecordsPath(layer)))
        {
            return null;
        }

        var (features, problems) = GeodataLoader.LoadLayer(_dataDirectory, _catalogue.Extent, layer);
        return problems.Count > 0 ? throw new GeodataException(problems) : features;
    }
}
