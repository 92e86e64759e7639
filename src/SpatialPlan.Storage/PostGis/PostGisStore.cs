using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// The database store: every query runs in PostGIS (bbox on the GiST index, paging by feature id, counts by
/// COUNT), every write in a transaction. Collections are the catalogue's, as in the embedded store; transient
/// failures are retried by the context's execution strategy and then surface as Npgsql/EF exceptions.
/// </summary>
public sealed class PostGisStore(
    IDbContextFactory<SpatialPlanDbContext> contexts, LayerCatalogue catalogue, PostGisStartup startup) : IFeatureStore
{
    private readonly ConcurrentDictionary<string, Envelope?> _readOnlyExtents = new(StringComparer.Ordinal);

    public async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is null)
        {
            return null;
        }

        await using var db = await OpenAsync(cancellationToken);
        var matching = FeatureQueries.Matching(db, collectionId, query.Bbox);
        var count = await matching.CountAsync(cancellationToken);
        var rows = count > query.Offset
            ? await FeatureQueries.Page(matching, query).ToListAsync(cancellationToken)
            : [];
        return new FeaturePage(rows.Select(FeatureRows.ToFeature).ToArray(), count);
    }

    public async Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken)
    {
        var layer = catalogue.Find(collectionId);
        if (layer is null)
        {
            return null;
        }

        // A read-only collection changes only when this app seeds it at start-up: its extent is worth keeping
        // (/ogc/collections asks for every collection's, and ST_Extent scans a 10^5-parcel collection whole).
        if (!layer.Writable && _readOnlyExtents.TryGetValue(collectionId, out var known))
        {
            return known is null ? null : new Envelope(known);
        }

        var extent = await ComputeExtentAsync(collectionId, cancellationToken);
        if (!layer.Writable)
        {
            _readOnlyExtents[collectionId] = extent is null ? null : new Envelope(extent);
        }

        return extent;
    }

    private async Task<Envelope?> ComputeExtentAsync(string collectionId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var extent = await db.Database.SqlQuery<ExtentRow>($"""
            SELECT ST_XMin(e) AS "MinX", ST_XMax(e) AS "MaxX", ST_YMin(e) AS "MinY", ST_YMax(e) AS "MaxY"
            FROM (SELECT ST_Extent(geometry) AS e FROM features WHERE collection_id = {collectionId}) AS s
            """).SingleAsync(cancellationToken);
        return extent.MinX is null ? null : new Envelope(extent.MinX.Value, extent.MaxX!.Value, extent.MinY!.Value, extent.MaxY!.Value);
    }

    public async Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is null)
        {
            return null;
        }

        await using var db = await OpenAsync(cancellationToken);
        var row = await db.Features.AsNoTracking()
            .SingleOrDefaultAsync(f => f.CollectionId == collectionId && f.FeatureId == featureId, cancellationToken);
        return row is null ? null : FeatureRows.ToFeature(row);
    }

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, async (db, ct) =>
        {
            if (await Rows(db, collectionId, feature.Id).AnyAsync(ct))
            {
                return WriteOutcome.DuplicateId;
            }

            db.Features.Add(FeatureRows.ToRow(collectionId, feature));
            await AddVersionAsync(db, collectionId, feature, VersionAction.Created, author, ct);
            return WriteOutcome.Done;
        }, cancellationToken);

    public Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, async (db, ct) =>
        {
            var ids = features.Select(f => f.Id).ToList();
            if (ids.Distinct().Count() != ids.Count ||
                await db.Features.AnyAsync(f => f.CollectionId == collectionId && ids.Contains(f.FeatureId), ct))
            {
                return WriteOutcome.DuplicateId;
            }

            foreach (var feature in features)
            {
                db.Features.Add(FeatureRows.ToRow(collectionId, feature));
                await AddVersionAsync(db, collectionId, feature, VersionAction.Created, author, ct);
            }

            return WriteOutcome.Done;
        }, cancellationToken);

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, async (db, ct) =>
        {
            var row = await Rows(db, collectionId, feature.Id).SingleOrDefaultAsync(ct);
            if (row is null)
            {
                return WriteOutcome.FeatureNotFound;
            }

            var replacement = FeatureRows.ToRow(collectionId, feature);
            row.Geometry = replacement.Geometry;
            row.Properties = replacement.Properties;
            row.PropertyNames = replacement.PropertyNames;
            await AddVersionAsync(db, collectionId, feature, VersionAction.Replaced, author, ct);
            return WriteOutcome.Done;
        }, cancellationToken);

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, async (db, ct) =>
        {
            var row = await Rows(db, collectionId, featureId).SingleOrDefaultAsync(ct);
            if (row is null)
            {
                return WriteOutcome.FeatureNotFound;
            }

            db.Features.Remove(row);
            await AddVersionAsync(db, collectionId, FeatureRows.ToFeature(row), VersionAction.Deleted, author, ct);
            return WriteOutcome.Done;
        }, cancellationToken);

    public async Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is null)
        {
            return null;
        }

        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.FeatureVersions.AsNoTracking()
            .Where(v => v.CollectionId == collectionId && v.FeatureId == featureId)
            .OrderBy(v => v.Version)
            .ToListAsync(cancellationToken);
        return rows.Select(FeatureRows.ToVersion).ToList();
    }

    /// <summary>Adds the record's next version to the same unit of work as the change itself.</summary>
    private static async Task AddVersionAsync(
        SpatialPlanDbContext db, string collectionId, PlanFeature state, VersionAction action, string? author, CancellationToken ct)
    {
        var last = await db.FeatureVersions
            .Where(v => v.CollectionId == collectionId && v.FeatureId == state.Id)
            .MaxAsync(v => (int?)v.Version, ct) ?? 0;
        db.FeatureVersions.Add(FeatureRows.ToVersionRow(collectionId, state, last + 1, action, author));
    }

    private static IQueryable<FeatureRow> Rows(SpatialPlanDbContext db, string collectionId, string featureId) =>
        db.Features.Where(f => f.CollectionId == collectionId && f.FeatureId == featureId);

    private async Task<SpatialPlanDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await startup.EnsureReadyAsync(cancellationToken);
        return await contexts.CreateDbContextAsync(cancellationToken);
    }

    /// <summary>Decides and applies a change in one transaction (retried whole on a transient failure) and marks
    /// the collection as holding planners' records, so later seeding leaves it alone.</summary>
    private async Task<WriteOutcome> WriteAsync(
        string collectionId, Func<SpatialPlanDbContext, CancellationToken, Task<WriteOutcome>> change, CancellationToken cancellationToken)
    {
        var layer = catalogue.Find(collectionId);
        if (layer is null)
        {
            return WriteOutcome.CollectionNotFound;
        }

        if (!layer.Writable)
        {
            return WriteOutcome.CollectionReadOnly;
        }

        await using var probe = await OpenAsync(cancellationToken);
        return await probe.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var outcome = await change(db, ct);
            if (outcome != WriteOutcome.Done)
            {
                return outcome;
            }

            await db.Collections.Where(c => c.Id == collectionId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.EditedAt, DateTimeOffset.UtcNow), ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return WriteOutcome.DuplicateId; // created by a concurrent request between the check and the insert
            }

            await transaction.CommitAsync(ct);
            return WriteOutcome.Done;
        }, cancellationToken);
    }

    private sealed record ExtentRow(double? MinX, double? MaxX, double? MinY, double? MaxY);
}
