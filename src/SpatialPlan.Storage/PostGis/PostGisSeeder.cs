using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Loads geodata into the database, idempotently: a collection is (re)loaded only when its content hash differs
/// from the one stored, so a second start writes nothing. A writable collection is loaded from geodata only until
/// a planner first writes to it; from then on its records own it, as the embedded store's data folder does.
/// </summary>
internal static class PostGisSeeder
{
    /// <summary>Any constant: serialises seeding between app instances starting together.</summary>
    private const long SeedLockKey = 0x5350_5345_4544; // "SPSEED"

    /// <summary>Seeds in one transaction (all collections or none) and returns the ids it (re)loaded.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(
        IDbContextFactory<SpatialPlanDbContext> contexts, PlanGeodata geodata, ILogger logger, CancellationToken cancellationToken)
    {
        // A deferred (extra) collection is hashed by its file, so an unchanged cadastre is not even parsed.
        var hashes = geodata.Catalogue.Layers.ToDictionary(l => l.Id, l => geodata.Deferred.TryGetValue(l.Id, out var deferred)
            ? CollectionHash.OfFile(deferred.Path)
            : CollectionHash.Of(geodata.Collections[l.Id]));
        await using var probe = await contexts.CreateDbContextAsync(cancellationToken);
        probe.Database.SetCommandTimeout(PostGisConnection.StartupCommandTimeout);
        var seeded = await probe.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.Database.SetCommandTimeout(PostGisConnection.StartupCommandTimeout);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", ct);
            var stored = await db.Collections.ToDictionaryAsync(c => c.Id, ct);
            var loaded = new List<string>();
            foreach (var layer in geodata.Catalogue.Layers)
            {
                var row = stored.GetValueOrDefault(layer.Id);
                if (row?.ContentHash == hashes[layer.Id])
                {
                    continue;
                }

                if (row?.EditedAt is not null)
                {
                    logger.LogWarning("Geodata {File} changed, but collection {Collection} holds planners' records since {EditedAt}; kept them",
                        layer.File, layer.Id, row.EditedAt);
                    continue;
                }

                await LoadAsync(db, layer, geodata, row, hashes[layer.Id], ct);
                loaded.Add(layer.Id);
            }

            await transaction.CommitAsync(ct);
            return loaded;
        }, cancellationToken);

        if (seeded.Count > 0)
        {
            // Fresh statistics, so the planner sees the new rows when it picks the spatial index.
            await probe.Database.ExecuteSqlRawAsync("ANALYZE features", cancellationToken);
            logger.LogInformation("Loaded geodata into PostGIS: {Collections}", string.Join(", ", seeded));
        }

        return seeded;
    }

    private static async Task LoadAsync(
        SpatialPlanDbContext db, LayerDefinition layer, PlanGeodata geodata, CollectionRow? row, string hash, CancellationToken ct)
    {
        await db.Features.Where(f => f.CollectionId == layer.Id).ExecuteDeleteAsync(ct);
        if (row is null)
        {
            row = new CollectionRow { Id = layer.Id, ContentHash = hash };
            db.Collections.Add(row);
        }

        row.ContentHash = hash;
        row.SeededAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct); // the collection row first: features reference it
        await FeatureCopy.WriteAsync(db, layer.Id, geodata.FeaturesOf(layer.Id), ct);
    }
}
