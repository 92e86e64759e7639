using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;
using SpatialPlan.Web.Map;

namespace SpatialPlan.Web.Tests.Map;

public sealed class PlaceSearchTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly GeoJsonStore _store;
    private readonly PlaceSearch _search;

    public PlaceSearchTests()
    {
        _store = new GeoJsonStore(PlanData.Geodata, new GeoJsonStoreOptions { DataDirectory = _data.Path });
        _search = new PlaceSearch(PlanData.Geodata.Catalogue, _store);
    }

    private Task<IReadOnlyList<PlaceSearch.Hit>> Find(string text) => _search.FindAsync(text, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("柳白")]
    [InlineData("liubai")]
    [InlineData("LiuBai")]
    [InlineData("liu bai")]
    public async Task FindsTheZoneByChineseOrPinyin(string text)
    {
        var first = (await Find(text))[0];

        Assert.Equal(("plan-zones", "柳白分区"), (first.CollectionId, first.NameZh));
    }

    [Fact]
    public async Task FindsIslandsAndRanksThePlanAboveTheBasemap()
    {
        var hits = await Find("灵昆");

        Assert.Contains(hits, h => h.CollectionId == "island-chain");
        Assert.NotEqual("land", hits[0].CollectionId);
    }

    [Fact]
    public async Task FindsNothingForBlankOrUnknownText()
    {
        Assert.Empty(await Find("   "));
        Assert.Empty(await Find("atlantis"));
    }

    [Fact]
    public async Task ReturnsAtMostTenHits() => Assert.True((await Find("a")).Count <= PlaceSearch.MaxHits);

    [Fact]
    public void NormalisesToneMarksDashesAndApostrophes() =>
        Assert.Equal("zhuangyuanaoisland", PlaceSearch.Normalize("Zhuàngyuán’ao Island"));

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }
}
