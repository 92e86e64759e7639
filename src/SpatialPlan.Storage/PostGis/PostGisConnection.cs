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

    /// <summary>One for every context: it keeps no state but per connection.</summary>
    private static readonly SynchronousCommitGuard CommitGuard = new();

    /// <summary>The data source the app shares; <paramref name="commandTimeout"/> ends any statement that runs (or
    /// waits for a lock) longer, on the server too.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, TimeSpan? commandTimeout = null) =>
        Builder(connectionString, commandTimeout).Build();

    /// <summary>
    /// The data sources of a connection string that may name several hosts (<c>Host=a:5432,b:5432</c>): one pool per
    /// host, from which <see cref="PostGisDataSources.Primary"/> hands out connections to the server that takes
    /// writes (whichever that is now: after a failover, the promoted standby) and
    /// <see cref="PostGisDataSources.Replica"/> to a standby while one answers, else to the primary. With one host
    /// both are that host's one data source, as before.
    /// </summary>
    public static PostGisDataSources CreateDataSources(string connectionString, TimeSpan? commandTimeout = null)
    {
        var builder = Builder(connectionString, commandTimeout);
        if (!builder.ConnectionStringBuilder.Host!.Contains(',', StringComparison.Ordinal))
        {
            var single = builder.Build();
            return new PostGisDataSources(single, single, single);
        }

        var hosts = builder.BuildMultiHost();
        return new PostGisDataSources(
            hosts, hosts.WithTargetSession(TargetSessionAttributes.Primary), hosts.WithTargetSession(TargetSessionAttributes.PreferStandby));
    }

    private static NpgsqlDataSourceBuilder Builder(string connectionString, TimeSpan? commandTimeout)
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
        return builder;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource) =>
        builder.UseNpgsql(dataSource, NpgsqlOptions).AddInterceptors(CommitGuard);

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, NpgsqlOptions).AddInterceptors(CommitGuard);

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
