using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.Storage.PostGis;

namespace SpatialPlan.Web.Tests.Composition;

/// <summary>The composition root picks the store from configuration: a connection string means PostGIS.</summary>
public sealed class StoreSelectionTests : IClassFixture<SpatialPlanAppFactory>, IClassFixture<PostGisAppFactory>
{
    private readonly SpatialPlanAppFactory _embedded;
    private readonly PostGisAppFactory _postGis;

    public StoreSelectionTests(SpatialPlanAppFactory embedded, PostGisAppFactory postGis) =>
        (_embedded, _postGis) = (embedded, postGis);

    [Fact]
    public void UsesTheEmbeddedStoreWithoutAConnectionString() =>
        Assert.IsType<GeoJsonStore>(_embedded.Services.GetRequiredService<IFeatureStore>());

    [Fact]
    public void UsesPostGisWhenTheConnectionStringIsSet()
    {
        _postGis.RequireStore();

        Assert.IsType<PostGisStore>(_postGis.Services.GetRequiredService<IFeatureStore>());
    }
}
