using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>The store contract against the embedded store, with a data folder of each test's own.</summary>
public sealed class GeoJsonStoreContractTests : FeatureStoreContract<GeoJsonStore>
{
    private readonly TempDirectory _data = new();

    protected override Task<GeoJsonStore> OpenStoreAsync() => Task.FromResult(
        new GeoJsonStore(GeodataLoader.Load(Geodata.Path), new GeoJsonStoreOptions { DataDirectory = _data.Path }));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }
}
