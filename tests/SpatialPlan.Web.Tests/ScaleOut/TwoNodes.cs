using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.ScaleOut;

/// <summary>Two app nodes over one PostGIS database, as behind a proxy: each its own process state (its own data
/// folder, its own services), sharing only the database.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly PostGisDatabase _database = new();

    public Node A { get; private set; } = null!;

    public Node B { get; private set; } = null!;

    public PostGisDatabase Database => _database;

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        if (PostGisServer.ConnectionString is not null)
        {
            A = new Node(_database.ConnectionString);
            A.CreateClient(); // the first node migrates and seeds before the second starts
            B = new Node(_database.ConnectionString);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>One node: the app over the shared database.</summary>
    public sealed class Node(string connectionString) : SpatialPlanAppFactory
    {
        public override string StoreKind => "postgis";

        protected override string? ConnectionString => connectionString;

        public override void RequireStore() => PostGisServer.Require();
    }
}
