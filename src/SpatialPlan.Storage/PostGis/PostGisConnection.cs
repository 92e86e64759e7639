using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SpatialPlan.Storage.PostGis;

/// <summary>How the store connects: one Npgsql data source (one pool, NetTopologySuite types, a command timeout) for
/// both the raw reads and every <see cref="SpatialPlanDbContext"/>, and a short retry budget for EF's transient
/// failures so a request during an outage fails fast (503) instead of hanging.</summary>
public static class PostGisConnection
{
    /// <summary>Retries of one operation after a transient failure (a dropped connection, a restarting server).</summary>
    public const int MaxRetryCount = 3;

    /// <summary>The longest pause between two retries; the whole budget stays within a few seconds.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Migrating and seeding (COPY of 10⁵ parcels, ANALYZE) may take much longer than a request may.</summary>
    public static readonly TimeSpan StartupCommandTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Session settings of the app's connections unless the connection string sets <c>Options</c> itself: no
    /// parallel workers. The store's statements are short and many run at once; on a small server starting workers
    /// for each costs more than it saves (the large-bbox page: 250 ms with two workers, 74 ms without, measured).
    /// </summary>
    public const string SessionOptions = "-c max_parallel_workers_per_gather=0";

    /// <summary>The data source the app shares; <paramref name="commandTimeout"/> ends any statement that runs (or
    /// waits for a lock) longer, on the server too.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, TimeSpan? commandTimeout = null)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (commandTimeout is { } timeout)
        {
            builder.ConnectionStringBuilder.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
        }

        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.Options))
        {
            builder.ConnectionStringBuilder.Options = SessionOptions;
        }

        builder.UseNetTopologySuite();
        return builder.Build();
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource) =>
        builder.UseNpgsql(dataSource, NpgsqlOptions);

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, NpgsqlOptions);

    /// <summary>Options for code that makes contexts itself (tests, tools).</summary>
    public static DbContextOptions<SpatialPlanDbContext> Options(string connectionString) =>
        ((DbContextOptionsBuilder<SpatialPlanDbContext>)Configure(new DbContextOptionsBuilder<SpatialPlanDbContext>(), connectionString)).Options;

    /// <summary>Options over a shared data source.</summary>
    public static DbContextOptions<SpatialPlanDbContext> Options(NpgsqlDataSource dataSource) =>
        ((DbContextOptionsBuilder<SpatialPlanDbContext>)Configure(new DbContextOptionsBuilder<SpatialPlanDbContext>(), dataSource)).Options;

    private static void NpgsqlOptions(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) => npgsql
        .UseNetTopologySuite()
        .EnableRetryOnFailure(MaxRetryCount, MaxRetryDelay, errorCodesToAdd: null)
        .MigrationsAssembly(typeof(SpatialPlanDbContext).Assembly.GetName().Name);
}
