using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>
/// 10 000 synthetic parcels (fixed seed) loaded into both stores once per test class: PostGIS seeded through the
/// app's own start-up path (migrations, seeding, ANALYZE), the embedded store from the same geodata folder.
/// </summary>
public sealed class SyntheticParcelsFixture : IAsyncLifetime
{
    public const int Count = 10_000;
    public const int Seed = 20261128;

    private readonly MiniGeodata _geodata = new();
    private readonly TempDirectory _data = new();
    private readonly PostGisDatabase _database = new();

    public PostGisStore PostGis { get; private set; } = null!;

    public GeoJsonStore Embedded { get; private set; } = null!;

    /// <summary>The geodata both stores were loaded from.</summary>
    public PlanGeodata Geodata { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Seconds PostGIS start-up took: migrations plus seeding 10 000 features.</summary>
    public double SeedSeconds { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        if (PostGisServer.ConnectionString is null)
        {
            return; // each test skips (or fails in CI) when it asks for the connection string
        }

        _geodata.AddCollection(SyntheticParcels.CollectionId, "Polygon", SyntheticParcels.Features(Count, Seed));
        var geodata = Geodata = GeodataLoader.Load(_geodata.Path);
        Embedded = new GeoJsonStore(geodata, new GeoJsonStoreOptions { DataDirectory = _data.Path });
        PostGis = PostGisStores.Open(_database.ConnectionString, geodata);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await PostGisStores.Startup(_database.ConnectionString, geodata).EnsureReadyAsync(CancellationToken.None);
        SeedSeconds = started.Elapsed.TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        Embedded?.Dispose();
        await _database.DisposeAsync();
        _data.Dispose();
        _geodata.Dispose();
    }
}
