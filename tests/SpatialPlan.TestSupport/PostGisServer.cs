using Npgsql;
using Xunit;

namespace SpatialPlan.TestSupport;

/// <summary>
/// The PostgreSQL + PostGIS server the tests use, named by the environment variable
/// <see cref="EnvironmentVariable"/> (a connection string to its <c>postgres</c> database, as
/// <c>scripts/start-postgis.sh</c> prints it). In CI a missing server fails the test; elsewhere it skips.
/// </summary>
public static class PostGisServer
{
    public const string EnvironmentVariable = "SPATIALPLAN_TEST_POSTGIS";

    /// <summary>Every test database is a copy of this one (it has the postgis extension and no connections).</summary>
    public const string TemplateDatabase = "spatialplan_template";

    private static readonly Lazy<Task> Template = new(EnsureTemplateAsync);

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The server's connection string, or fails (CI) / skips (elsewhere) with how to start one.</summary>
    public static string Require()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        var message = $"no PostGIS server for the tests: {EnvironmentVariable} is not set. Start a throwaway one with " +
            "eval \"$(scripts/start-postgis.sh)\" (after scripts/install-prerequisites.sh), or run scripts/test.sh";
        if (ExternalTool.InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return "";
    }

    /// <summary>Creates an empty database from the template and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        var server = Require();
        await Template.Value;
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE {TemplateDatabase}", cancellationToken);
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a test database, closing whatever connections are still open to it.</summary>
    public static Task DropDatabaseAsync(string name) =>
        ExecuteAsync(Require(), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);

    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>scripts/start-postgis.sh makes the template; this makes it on any other server (once, under a lock
    /// because test projects run in parallel).</summary>
    private static async Task EnsureTemplateAsync()
    {
        // Unpooled, so closing the connection really ends the session and releases its lock.
        var server = new NpgsqlConnectionStringBuilder(Require()) { Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(5350545450)", connection);
        await lockCommand.ExecuteNonQueryAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", TemplateDatabase);
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
        {
            await ExecuteAsync(Require(), $"CREATE DATABASE {TemplateDatabase}", CancellationToken.None);
            var template = new NpgsqlConnectionStringBuilder(Require()) { Database = TemplateDatabase, Pooling = false };
            await ExecuteAsync(template.ConnectionString, "CREATE EXTENSION IF NOT EXISTS postgis", CancellationToken.None);
            await ExecuteAsync(Require(), $"ALTER DATABASE {TemplateDatabase} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false", CancellationToken.None);
        }
    }
}
