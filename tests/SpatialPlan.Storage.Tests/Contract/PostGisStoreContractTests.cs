using SpatialPlan.Core.Features;
using SpatialPlan.Storage.Tests.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>The store contract against PostGIS: one database for the class, emptied before each test.</summary>
public sealed class PostGisStoreContractTests(PostGisDatabase database) : FeatureStoreContract, IClassFixture<PostGisDatabase>
{
    public override async ValueTask InitializeAsync()
    {
        await PostGisStores.EmptyAsync(database);
        await base.InitializeAsync();
    }

    protected override Task<IFeatureStore> OpenStoreAsync() =>
        Task.FromResult<IFeatureStore>(PostGisStores.Open(database.ConnectionString, Geodata.Path));
}
