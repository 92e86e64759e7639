using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>PostGIS stores over a test database, wired as the app wires them (same connection options).</summary>
internal static class PostGisStores
{
    public static PostGisStore Open(string connectionString, string geodataPath) =>
        Open(connectionString, GeodataLoader.Load(geodataPath));

    public static PostGisStore Open(string connectionString, PlanGeodata geodata, TimeSpan? commandTimeout = null)
    {
        var dataSource = PostGisConnection.CreateDataSource(connectionString, commandTimeout);
        var contexts = new PooledDbContextFactory<SpatialPlanDbContext>(PostGisConnection.Options(dataSource));
        return new PostGisStore(dataSource, contexts, geodata.Catalogue, Startup(connectionString, geodata));
    }

    /// <summary>What the app runs at start-up: migrations, then seeding.</summary>
    public static PostGisStartup Startup(string connectionString, PlanGeodata geodata) =>
        new(Contexts(connectionString), geodata, NullLogger<PostGisStartup>.Instance);

    public static PooledDbContextFactory<SpatialPlanDbContext> Contexts(string connectionString) =>
        new(PostGisConnection.Options(connectionString));

    /// <summary>Back to a database with the schema but no data, as before the first start.</summary>
    public static async Task EmptyAsync(PostGisDatabase database)
    {
        await using var db = Contexts(database.ConnectionString).CreateDbContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await database.ExecuteAsync("TRUNCATE feature_versions, features, collections");
    }
}
