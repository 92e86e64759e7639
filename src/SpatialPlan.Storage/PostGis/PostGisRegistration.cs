using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Storage.Bulkhead;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// The PostGIS store and all it needs, in one call: the data sources (pool, command timeout, session settings; with
/// several hosts in the connection string, one for the primary and one preferring a standby,
/// <see cref="PostGisDataSources"/>), the EF contexts on the primary, migration and seeding before the server takes
/// requests, a database health check, the bulkhead sized from the pool (<see cref="DatabaseOptions"/>, bound by the
/// caller), and the Data Protection key ring in the database, so every app node over this database reads the
/// cookies and antiforgery tokens of every other.
/// </summary>
public static class PostGisRegistration
{
    public static IServiceCollection AddPostGisStore(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(sp => PostGisConnection.CreateDataSources(
            connectionString, TimeSpan.FromSeconds(OptionsOf(sp).CommandTimeoutSeconds)));
        services.AddSingleton(sp => sp.GetRequiredService<PostGisDataSources>().Primary);
        services.AddDbContextFactory<SpatialPlanDbContext>((sp, builder) =>
            PostGisConnection.Configure(builder, sp.GetRequiredService<PostGisDataSources>().Primary));
        services.AddSingleton<PostGisStartup>();
        services.AddSingleton<PostGisStore>();
        services.AddSingleton(sp => Routing(sp, sp.GetRequiredService<PostGisDataSources>()));
        services.AddStore<PostGisReadRouting>(
            sp => ActivatorUtilities.CreateInstance<PostGisVectorTiles>(sp, ReplicaContexts(sp.GetRequiredService<PostGisDataSources>(), sp)),
            new PostGisFaults(),
            sp => Bulkhead(OptionsOf(sp), connectionString));
        services.AddHostedService<PostGisStartupService>();
        services.AddHealthChecks().AddDbContextCheck<SpatialPlanDbContext>("database");
        services.AddDataProtection().PersistKeysToDbContext<SpatialPlanDbContext>();
        return services;
    }

    /// <summary>Sized from the pool, so requests wait in a short queue of ours (then get 503) rather than all holding
    /// threads in Npgsql's pool wait until its connection timeout.</summary>
    public static StoreBulkhead Bulkhead(DatabaseOptions options, string connectionString)
    {
        var poolSize = new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize;
        var permits = options.MaxConcurrentRequests > 0 ? options.MaxConcurrentRequests : Math.Max(1, poolSize - 2);
        return new StoreBulkhead(permits, options.QueueLimit > 0 ? options.QueueLimit : 2 * permits);
    }

    /// <summary>The primary's store (<see cref="PostGisStore"/> as registered) and, with standbys, a second one over
    /// the data source that prefers them.</summary>
    private static PostGisReadRouting Routing(IServiceProvider sp, PostGisDataSources sources)
    {
        var primary = sp.GetRequiredService<PostGisStore>();
        var replica = sources.HasReplica ? ActivatorUtilities.CreateInstance<PostGisStore>(sp, sources.Replica) : primary;
        return new PostGisReadRouting(primary, replica, sp.GetRequiredService<LayerCatalogue>());
    }

    /// <summary>Contexts for the tiles: over the standby-preferring data source, or the app's own with one host.</summary>
    private static IDbContextFactory<SpatialPlanDbContext> ReplicaContexts(PostGisDataSources sources, IServiceProvider sp) =>
        sources.HasReplica
            ? new PooledDbContextFactory<SpatialPlanDbContext>(PostGisConnection.Options(sources.Replica))
            : sp.GetRequiredService<IDbContextFactory<SpatialPlanDbContext>>();

    private static DatabaseOptions OptionsOf(IServiceProvider sp) =>
        sp.GetService<IOptions<DatabaseOptions>>()?.Value ?? new DatabaseOptions();
}
