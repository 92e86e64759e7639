using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using SpatialPlan.Storage.Bulkhead;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// The PostGIS store and all it needs, in one call: one data source (pool, command timeout, session settings) shared
/// by the raw reads and the EF contexts, migration and seeding before the server takes requests, a database health
/// check, and the bulkhead sized from the pool (<see cref="DatabaseOptions"/>, bound by the caller).
/// </summary>
public static class PostGisRegistration
{
    public static IServiceCollection AddPostGisStore(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(sp => PostGisConnection.CreateDataSource(
            connectionString, TimeSpan.FromSeconds(OptionsOf(sp).CommandTimeoutSeconds)));
        services.AddDbContextFactory<SpatialPlanDbContext>((sp, builder) =>
            PostGisConnection.Configure(builder, sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<PostGisStartup>();
        services.AddSingleton<PostGisStore>();
        services.AddStore<PostGisStore>(
            sp => ActivatorUtilities.CreateInstance<PostGisVectorTiles>(sp),
            new PostGisFaults(),
            sp => Bulkhead(OptionsOf(sp), connectionString));
        services.AddHostedService<PostGisStartupService>();
        services.AddHealthChecks().AddDbContextCheck<SpatialPlanDbContext>("database");
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

    private static DatabaseOptions OptionsOf(IServiceProvider sp) =>
        sp.GetService<IOptions<DatabaseOptions>>()?.Value ?? new DatabaseOptions();
}
