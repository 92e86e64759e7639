using Npgsql;

namespace SpatialPlan.Core.Tests.Measurement;

/// <summary>
/// A real PostGIS to take reference values from, at the connection string in <c>SPATIALPLAN_TEST_POSTGIS</c>
/// (<c>scripts/start-postgis.sh</c> sets it). The class gets a database of its own with the postgis
/// extension, dropped afterwards. Without the variable the tests fail in CI and skip elsewhere.
/// </summary>
public sealed class PostGisReference : IAsyncLifetime
{
    public const string Variable = "SPATIALPLAN_TEST_POSTGIS";

    private string? _server;
    private string? _database;

    /// <summary>Connection string of this class's own database, or null where no server is configured.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>Fails (CI) or skips (elsewhere) the calling test when no PostGIS is configured.</summary>
    public NpgsqlDataSource Require()
    {
        if (ConnectionString is null)
        {
            var message = $"no PostGIS: set {Variable} to a connection string (eval \"$(scripts/start-postgis.sh)\")";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        return NpgsqlDataSource.Create(ConnectionString);
    }

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        _database = "measure_reference_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = NpgsqlDataSource.Create(_server))
        {
            await Execute(admin, $"CREATE DATABASE {_database}");
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database, Pooling = false }.ConnectionString;
        await using var own = NpgsqlDataSource.Create(ConnectionString);
        await Execute(own, "CREATE EXTENSION IF NOT EXISTS postgis");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null || _database is null)
        {
            return;
        }

        await using var admin = NpgsqlDataSource.Create(_server);
        await Execute(admin, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static async Task Execute(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
