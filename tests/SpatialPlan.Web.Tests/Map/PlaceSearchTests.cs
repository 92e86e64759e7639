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
        _search = new PlaceSearch(PlanData.Geodata.Catalogue, _store, PinyinIndex.Shipped());
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

    [Theory]
    [InlineData("zhongxinqu", "中心区")]
    [InlineData("zxq", "中心区")]
    [InlineData("lingkundao", "灵昆岛")]
    [InlineData("yueqingwengxin", "乐清翁新分区")]
    [InlineData("瓯江口", "中心区")]
    [InlineData("瓯江口新区", "中心区")]
    [InlineData("温州机场", "温州空港 (温州龙湾国际机场)")]
    [InlineData("浅滩二期", "浅滩二期 (瓯江口新区二期)")]
    public async Task FindsPinyinInitialsAndTheNamesPlannersUse(string text, string expected)
    {
        var hits = await Find(text);

        Assert.Equal(expected, hits[0].NameZh);
    }

    [Fact]
    public async Task APlaceDrawnInTwoLayersIsOneHit()
    {
        var hits = await Find("灵昆岛");

        Assert.Single(hits, h => h.NameZh == "灵昆岛");
        Assert.Equal("island-chain", hits.Single(h => h.NameZh == "灵昆岛").CollectionId);
    }

    [Fact]
    public void TheBuildWroteThePinyinOfEveryPlanName() =>
        Assert.All(PlanData.Collection("plan-zones"), z => Assert.NotNull(PinyinIndex.Shipped().Of(z.Text("name_zh")!)));

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
