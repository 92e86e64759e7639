using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// The PostGIS store over a primary and its standbys: reads of a read-only collection go to
/// <paramref name="replica"/> (a standby while one answers), everything about the planners' records — writes,
/// history and reads of a writable collection — to <paramref name="primary"/>, so a planner who saves a record reads
/// it back at once whichever node serves the next request. With one host both are the same store.
/// </summary>
public sealed class PostGisReadRouting(PostGisStore primary, PostGisStore replica, LayerCatalogue catalogue) : IFeatureReader, IRecordWriter
{
    public PostGisStore Primary => primary;

    public PostGisStore Replica => replica;

    public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        ReaderOf(collectionId).QueryAsync(collectionId, query, cancellationToken);

    public Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        ReaderOf(collectionId).StreamAsync(collectionId, query, cancellationToken);

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        ReaderOf(collectionId).GetAsync(collectionId, featureId, cancellationToken);

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) =>
        ReaderOf(collectionId).GetExtentAsync(collectionId, cancellationToken);

    public Task<WriteResult> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        primary.CreateAsync(collectionId, feature, author, cancellationToken);

    public Task<WriteResult> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
        primary.CreateAllAsync(collectionId, features, author, cancellationToken);

    public Task<WriteResult> ReplaceAsync(string collectionId, PlanFeature feature, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        primary.ReplaceAsync(collectionId, feature, expectedVersion, author, cancellationToken);

    public Task<WriteResult> DeleteAsync(string collectionId, string featureId, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        primary.DeleteAsync(collectionId, featureId, expectedVersion, author, cancellationToken);

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        primary.GetHistoryAsync(collectionId, featureId, cancellationToken);

    /// <summary>The store a read of <paramref name="collectionId"/> goes to; an unknown collection goes to the primary,
    /// which answers "no such collection" like any store.</summary>
    public PostGisStore ReaderOf(string collectionId) => catalogue.Find(collectionId) is { Writable: false } ? replica : primary;
}
