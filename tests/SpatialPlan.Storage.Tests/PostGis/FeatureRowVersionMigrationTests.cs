using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>A database written before <c>features.version</c> existed comes out of the migration with each record at its last version.</summary>
public sealed class FeatureRowVersionMigrationTests(PostGisDatabase database) : IClassFixture<PostGisDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NumbersExistingRecordsFromTheirHistoryAndSeededOnesZero()
    {
        await using var db = PostGisStores.Contexts(database.ConnectionString).CreateDbContext();
        await db.GetService<IMigrator>().MigrateAsync("20261128082053_FeatureVersions", cancellationToken: Ct);
        await database.ExecuteAsync("""
            INSERT INTO collections (id, content_hash, seeded_at) VALUES ('records', 'h', now());
            INSERT INTO features (collection_id, feature_id, geometry, properties, property_names) VALUES
              ('records', 'written', 'SRID=4326;POINT (121 28)', '{}', '{}'), ('records', 'seeded', 'SRID=4326;POINT (121 28)', '{}', '{}');
            INSERT INTO feature_versions (collection_id, feature_id, version, action, at, geometry, properties, property_names)
            SELECT 'records', 'written', v, 'replaced', now(), 'SRID=4326;POINT (121 28)', '{}', '{}' FROM generate_series(1, 3) AS v;
            """);

        await db.Database.MigrateAsync(Ct);

        var versions = await db.Features.OrderBy(f => f.FeatureId).Select(f => new { f.FeatureId, f.Version }).ToListAsync(Ct);
        Assert.Equal([("seeded", 0), ("written", 3)], versions.Select(v => (v.FeatureId, v.Version)));
    }
}
