using System.Text.Json;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// The embedded store: every collection in memory with an STRtree, for one planner on one machine with no
/// database. Writable collections start from the data folder when it has them (else from geodata) and
/// every write replaces their file atomically before it becomes visible, so a crash loses nothing
/// that was acknowledged.
/// </summary>
public sealed class GeoJsonStore : IFeatureStore, IDisposable
{
    private readonly LayerCatalogue _catalogue;
    private readonly string _dataDirectory;
    private readonly Dictionary<string, CollectionIndex> _collections = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public GeoJsonStore(PlanGeodata geodata, GeoJsonStoreOptions options)
    {
        _catalogue = geodata.Catalogue;
        _dataDirectory = options.DataDirectory;
        foreach (var layer in _catalogue.Layers)
        {
            var features = layer.Writable ? LoadRecords(layer) ?? geodata.Collections[layer.Id] : geodata.Collections[layer.Id];
            _collections[layer.Id] = new CollectionIndex(features);
        }
    }

    public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Query(query));

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Extent);

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        Task.FromResult(Index(collectionId)?.Get(featureId));

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, index => index.Get(feature.Id) is not null
            ? (WriteOutcome.DuplicateId, null)
            : (WriteOutcome.Done, index.Features.Append(feature)), cancellationToken);

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, index => index.Get(feature.Id) is null
            ? (WriteOutcome.FeatureNotFound, null)
            : (WriteOutcome.Done, index.Features.Select(f => f.Id == feature.Id ? feature : f)), cancellationToken);

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, index => index.Get(featureId) is null
            ? (WriteOutcome.FeatureNotFound, null)
            : (WriteOutcome.Done, index.Features.Where(f => f.Id != featureId)), cancellationToken);

    public void Dispose() => _writeLock.Dispose();

    private CollectionIndex? Index(string collectionId)
    {
        lock (_collections)
        {
            return _collections.GetValueOrDefault(collectionId);
        }
    }

    /// <summary>Decides the change under the write lock, persists it, and only then makes it visible.</summary>
    private async Task<WriteOutcome> WriteAsync(
        string collectionId,
        Func<CollectionIndex, (WriteOutcome Outcome, IEnumerable<PlanFeature>? Next)> change,
        CancellationToken cancellationToken)
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

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var (outcome, next) = change(Index(collectionId)!);
            if (outcome != WriteOutcome.Done)
            {
                return outcome;
            }

            var updated = new CollectionIndex(next!);
            await AtomicFile.WriteAsync(RecordsPath(layer), stream => WriteCollectionAsync(stream, updated), cancellationToken);
            lock (_collections)
            {
                _collections[collectionId] = updated;
            }

            return WriteOutcome.Done;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static async Task WriteCollectionAsync(Stream stream, CollectionIndex index)
    {
        await using var writer = new Utf8JsonWriter(stream, GeoJsonSerialization.WriterOptions);
        GeoJsonFeatureWriter.WriteCollection(writer, index.Features);
        await writer.FlushAsync();
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
