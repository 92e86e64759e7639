using SpatialPlan.Storage.PostGis;
using SpatialPlan.Storage.Tests.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>The store contract against PostGIS: one database for the class, emptied before each test.</summary>
public sealed class PostGisStoreContractTests(PostGisDatabase database) : FeatureStoreContract<PostGisStore>, IClassFixture<PostGisDatabase>
{
    public override async ValueTask InitializeAsync()
    {
        await PostGisStores.EmptyAsync(database);
        await base.InitializeAsync();
    }

    protected override Task<PostGisStore> OpenStoreAsync() =>
        Task.FromResult(PostGisStores.Open(database.ConnectionString, Geodata.Path));
}
