using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests;

/// <summary>The app on the PostGIS store, over a database of this factory's own (migrated and seeded by the app's
/// start-up, as in production).</summary>
public class PostGisAppFactory : SpatialPlanAppFactory, IAsyncLifetime
{
    private readonly PostGisDatabase _database = new();

    public override string StoreKind => "postgis";

    protected PostGisDatabase Database => _database;

    protected override string? ConnectionString => _database.ConnectionString;

    public override void RequireStore() => PostGisServer.Require();

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
