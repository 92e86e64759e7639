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
/// context's execution strategy; a replace or delete locks the record's row first and numbers the next version from
/// the row's own <c>version</c>, so writers of one record take turns and each sees what the last one left. Collections are the catalogue's, as in the embedded store; failures surface as
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
        if (!layer.Writable && !query.BboxCrs.Projected && query.Bbox is { } bbox && await GetExtentAsync(collectionId, cancellationToken) is { } extent &&
            bbox.Contains(extent))
        {
            query = query with { Bbox = null };
        }

        return await PostGisPageReader.OpenAsync(dataSource, collectionId, layer.Writable, query, cancellationToken);
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
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return null;
        }

        await startup.EnsureReadyAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = FeatureSql.One(connection, collectionId, featureId);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? await FeatureRowReader.ReadAsync(reader, 0, layer.Writable, cancellationToken) : null;
    }

    public Task<WriteResult> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, creates: true, async (db, ct) =>
        {
            if (await Rows(db, collectionId, feature.Id).AnyAsync(ct))
            {
                return WriteResult.Refused(WriteOutcome.DuplicateId);
            }

            var version = (await LastVersionsAsync(db, collectionId, [feature.Id], ct)).GetValueOrDefault(feature.Id) + 1;
            db.Features.Add(FeatureRows.ToRow(collectionId, feature, version));
            db.FeatureVersions.Add(FeatureRows.ToVersionRow(collectionId, feature, version, VersionAction.Created, author));
            return WriteResult.Done(version);
        }, cancellationToken);

    public Task<WriteResult> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, creates: true, async (db, ct) =>
        {
            var ids = features.Select(f => f.Id).ToList();
            if (ids.Distinct().Count() != ids.Count ||
                await db.Features.AnyAsync(f => f.CollectionId == collectionId && ids.Contains(f.FeatureId), ct))
            {
                return WriteResult.Refused(WriteOutcome.DuplicateId);
            }

            var last = await LastVersionsAsync(db, collectionId, ids, ct);
            foreach (var feature in features)
            {
                var version = last.GetValueOrDefault(feature.Id) + 1;
                db.Features.Add(FeatureRows.ToRow(collectionId, feature, version));
                db.FeatureVersions.Add(FeatureRows.ToVersionRow(collectionId, feature, version, VersionAction.Created, author));
            }

            return WriteResult.Done(null);
        }, cancellationToken);

    public Task<WriteResult> ReplaceAsync(
        string collectionId, PlanFeature feature, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, creates: false, async (db, ct) =>
        {
            var row = await LockAsync(db, collectionId, feature.Id, ct);
            if (Check(row, expectedVersion) is { } refused)
            {
                return refused;
            }

            var replacement = FeatureRows.ToRow(collectionId, feature);
            row!.Geometry = replacement.Geometry;
            row.Properties = replacement.Properties;
            row.PropertyNames = replacement.PropertyNames;
            row.Version++;
            db.FeatureVersions.Add(FeatureRows.ToVersionRow(collectionId, feature, row.Version, VersionAction.Replaced, author));
            return WriteResult.Done(row.Version);
        }, cancellationToken);

    public Task<WriteResult> DeleteAsync(
        string collectionId, string featureId, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, creates: false, async (db, ct) =>
        {
            var row = await LockAsync(db, collectionId, featureId, ct);
            if (Check(row, expectedVersion) is { } refused)
            {
                return refused;
            }

            db.Features.Remove(row!);
            var version = row!.Version + 1;
            db.FeatureVersions.Add(FeatureRows.ToVersionRow(collectionId, FeatureRows.ToFeature(row), version, VersionAction.Deleted, author));
            return WriteResult.Done(version);
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

    /// <summary>The record's row, locked for the rest of the transaction (see <see cref="FeatureSql.LockedRow"/>), or null.</summary>
    private static async Task<FeatureRow?> LockAsync(SpatialPlanDbContext db, string collectionId, string featureId, CancellationToken ct) =>
        (await db.Features.FromSql(FeatureSql.LockedRow(collectionId, featureId)).ToListAsync(ct)).SingleOrDefault();

    /// <summary>Why a replace or delete of <paramref name="row"/> (null: missing) may not go ahead, or null when it may.</summary>
    private static WriteResult? Check(FeatureRow? row, int? expectedVersion) => row switch
    {
        null => WriteResult.Refused(WriteOutcome.FeatureNotFound),
        _ when expectedVersion is { } expected && expected != row.Version => WriteResult.Mismatch(row.Version),
        _ => null,
    };

    /// <summary>The last version of each of <paramref name="ids"/> that was written before (absent: never), for a
    /// create: an id used before continues its numbering.</summary>
    private static async Task<Dictionary<string, int>> LastVersionsAsync(
        SpatialPlanDbContext db, string collectionId, IReadOnlyList<string> ids, CancellationToken ct) =>
        await db.FeatureVersions
            .Where(v => v.CollectionId == collectionId && ids.Contains(v.FeatureId))
            .GroupBy(v => v.FeatureId)
            .Select(g => new { Id = g.Key, Last = g.Max(v => v.Version) })
            .ToDictionaryAsync(x => x.Id, x => x.Last, StringComparer.Ordinal, ct);

    private static IQueryable<FeatureRow> Rows(SpatialPlanDbContext db, string collectionId, string featureId) =>
        db.Features.Where(f => f.CollectionId == collectionId && f.FeatureId == featureId);

    private async Task<SpatialPlanDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await startup.EnsureReadyAsync(cancellationToken);
        return await contexts.CreateDbContextAsync(cancellationToken);
    }

    /// <summary>Decides and applies a change in one transaction (retried whole on a transient failure) and marks
    /// the collection as holding planners' records, so later seeding leaves it alone. Replaces and deletes lock the
    /// record's row first, so they cannot collide on a version number; only two creates of one id can meet at the
    /// unique keys, and the later one is then truly a duplicate.</summary>
    private async Task<WriteResult> WriteAsync(
        string collectionId, bool creates, Func<SpatialPlanDbContext, CancellationToken, Task<WriteResult>> change,
        CancellationToken cancellationToken)
    {
        var layer = catalogue.Find(collectionId);
        if (layer is null)
        {
            return WriteResult.Refused(WriteOutcome.CollectionNotFound);
        }

        if (!layer.Writable)
        {
            return WriteResult.Refused(WriteOutcome.CollectionReadOnly);
        }

        await using var probe = await OpenAsync(cancellationToken);
        return await probe.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await change(db, ct);
            if (result.Outcome != WriteOutcome.Done)
            {
                return result;
            }

            await db.Collections.Where(c => c.Id == collectionId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.EditedAt, DateTimeOffset.UtcNow), ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (creates && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return WriteResult.Refused(WriteOutcome.DuplicateId); // created by a concurrent request between the check and the insert
            }

            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
