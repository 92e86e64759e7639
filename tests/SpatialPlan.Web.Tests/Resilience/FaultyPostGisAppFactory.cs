using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SpatialPlan.Web.Tests.Resilience;

/// <summary>The app on PostGIS with a small pool (<see cref="PoolSize"/>), a short command timeout and its logs
/// collected; its sessions carry <see cref="ApplicationName"/> so a test can find them in pg_stat_activity.</summary>
public sealed class FaultyPostGisAppFactory : PostGisAppFactory
{
    public const int PoolSize = 4;

    public string ApplicationName { get; } = "faulty-app-" + Guid.NewGuid().ToString("N")[..8];

    public CollectedLogs Logs { get; } = new();

    public int CommandTimeoutSeconds { get; init; } = 1;

    public string DatabaseConnectionString => Database.ConnectionString;

    protected override string? ConnectionString => new NpgsqlConnectionStringBuilder(Database.ConnectionString)
    {
        MaxPoolSize = PoolSize,
        ApplicationName = ApplicationName,
    }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SpatialPlan:Database:CommandTimeoutSeconds", CommandTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
