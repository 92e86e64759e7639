using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// The database store. Reads go straight through Npgsql on the shared data source, one statement each (bbox on the
/// GiST index, paging by feature id, the count in the same statement), with the configured command timeout and the
/// caller's token reaching the server. Writes go through EF Core, each in a transaction retried whole by the
/// context's execution strategy. Collections are the catalogue's, as in the embedded store; failures surface as
/// Npgsql/EF exceptions.
/// </summary>
public sealed class PostGisStore(
    NpgsqlDataSource dataSource, IDbContextFactory<SpatialPlanDbContext> contexts, LayerCatalogue catalogue, PostGisStartup startup)
    : IFeatureReader, IRecordWriter
{
    private readonly ConcurrentDictionary<string, Envelope?> _readOnlyExtents = new(StringComparer.Ordinal);

    public async Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var layer = catalogue.Find(collectionId);
        if (layer is null)
        {
            return null;
        }

        await startup.EnsureReadyAsync(cancellationToken);
        // A box that holds a read-only collection's whole extent matches every row: without the filter the count is
        // an index-only scan and the page comes in key order, instead of testing and sorting all 10^5 parcels.
        if (!layer.Writable && query.Bbox is { } bbox && await GetExtentAsync(collectionId, cancellationToken) is { } extent &&
            bbox.Contains(extent))
        {
            query = query with { Bbox = null };
        }

        return await PostGisPageReader.OpenAsync(dataSource, collectionId, query, cancellationToken);
    }

    public async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        await using var stream = await StreamAsync(collectionId, query, cancellationToken);
        return stream is null ? null : await stream.ToPageAsync(cancellationToken);
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
        await startup.EnsureReadyAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = FeatureSql.Extent(connection, collectionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return await reader.IsDBNullAsync(0, cancellationToken)
            ? null
            : new Envelope(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    public async Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is null)
        {
            return null;
        }

        await startup.EnsureReadyAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = FeatureSql.One(connection, collectionId, featureId);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? await FeatureRowReader.ReadAsync(reader, 0, cancellationToken) : null;
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
}
