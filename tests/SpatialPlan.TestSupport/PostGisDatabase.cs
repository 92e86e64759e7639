namespace SpatialPlan.TestSupport;

/// <summary>
/// A database of one test class's own, copied from the PostGIS template and dropped afterwards. As a class
/// fixture it creates nothing when no server is configured; <see cref="ConnectionString"/> then skips the test
/// (or fails it in CI), so the fixture itself never breaks a run.
/// </summary>
public sealed class PostGisDatabase : Xunit.IAsyncLifetime
{
    private readonly string _name = "test_" + Guid.NewGuid().ToString("N");
    private string? _connectionString;

    /// <summary>The database's connection string; skips (fails in CI) the calling test without a server.</summary>
    public string ConnectionString
    {
        get
        {
            PostGisServer.Require();
            return _connectionString ?? throw new InvalidOperationException("the test database was not created");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (PostGisServer.ConnectionString is not null)
        {
            _connectionString = await PostGisServer.CreateDatabaseAsync(_name, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostGisServer.DropDatabaseAsync(_name);
        }
    }

    /// <summary>Runs SQL in this database (resets between tests, statistics, …).</summary>
    public Task ExecuteAsync(string sql) =>
        PostGisServer.ExecuteAsync(ConnectionString, sql, Xunit.TestContext.Current.CancellationToken);
}
