using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Storage.Bulkhead;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.Storage.PostGis;

namespace SpatialPlan.Web.Tests.Composition;

/// <summary>The composition root picks the store from configuration: a connection string means PostGIS, whose every
/// path (reads, record writes, tiles) passes through one bulkhead; the embedded store needs none.</summary>
public sealed class StoreSelectionTests : IClassFixture<SpatialPlanAppFactory>, IClassFixture<PostGisAppFactory>
{
    private readonly SpatialPlanAppFactory _embedded;
    private readonly PostGisAppFactory _postGis;

    public StoreSelectionTests(SpatialPlanAppFactory embedded, PostGisAppFactory postGis) =>
        (_embedded, _postGis) = (embedded, postGis);

    [Fact]
    public void UsesTheEmbeddedStoreWithoutAConnectionString()
    {
        Assert.IsType<GeoJsonStore>(_embedded.Services.GetRequiredService<IFeatureReader>());
        Assert.IsType<GeoJsonStore>(_embedded.Services.GetRequiredService<IRecordWriter>());
        Assert.IsType<EmbeddedVectorTiles>(_embedded.Services.GetRequiredService<IVectorTileSource>());
        Assert.IsType<EmbeddedFaults>(_embedded.Services.GetRequiredService<IStoreFaultClassifier>());
    }

    [Fact]
    public void UsesPostGisWhenTheConnectionStringIsSetWithEveryPathThroughTheBulkhead()
    {
        _postGis.RequireStore();

        Assert.NotNull(_postGis.Services.GetRequiredService<PostGisStore>());
        Assert.IsType<BulkheadFeatureReader>(_postGis.Services.GetRequiredService<IFeatureReader>());
        Assert.IsType<BulkheadRecordWriter>(_postGis.Services.GetRequiredService<IRecordWriter>());
        Assert.IsType<BulkheadVectorTiles>(_postGis.Services.GetRequiredService<IVectorTileSource>());
        Assert.IsType<PostGisFaults>(_postGis.Services.GetRequiredService<IStoreFaultClassifier>());
    }
}
