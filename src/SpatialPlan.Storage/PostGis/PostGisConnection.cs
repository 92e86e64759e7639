using Microsoft.EntityFrameworkCore;

namespace SpatialPlan.Storage.PostGis;

/// <summary>How every <see cref="SpatialPlanDbContext"/> connects: Npgsql with NetTopologySuite, and a short retry
/// budget for transient failures so a request during an outage fails fast (503) instead of hanging.</summary>
public static class PostGisConnection
{
    /// <summary>Retries of one operation after a transient failure (a dropped connection, a restarting server).</summary>
    public const int MaxRetryCount = 3;

    /// <summary>The longest pause between two retries; the whole budget stays within a few seconds.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .UseNetTopologySuite()
            .EnableRetryOnFailure(MaxRetryCount, MaxRetryDelay, errorCodesToAdd: null)
            .MigrationsAssembly(typeof(SpatialPlanDbContext).Assembly.GetName().Name));

    /// <summary>Options for code that makes contexts itself (tests, tools).</summary>
    public static DbContextOptions<SpatialPlanDbContext> Options(string connectionString) =>
        ((DbContextOptionsBuilder<SpatialPlanDbContext>)Configure(new DbContextOptionsBuilder<SpatialPlanDbContext>(), connectionString)).Options;
}
