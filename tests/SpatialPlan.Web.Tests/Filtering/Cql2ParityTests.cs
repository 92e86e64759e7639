using System.Net;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Filtering;

/// <summary>
/// CQL2 filters compiled to SQL (PostGIS) and to a predicate (embedded) select the same features in the same order,
/// and CQL2 text and CQL2 JSON of one filter select the same: a seeded set of generated expressions over real data.
/// </summary>
public sealed class Cql2ParityTests : IClassFixture<SpatialPlanAppFactory>, IClassFixture<PostGisAppFactory>
{
    private readonly HttpClient _embedded;
    private readonly HttpClient _postGis;

    public Cql2ParityTests(SpatialPlanAppFactory embedded, PostGisAppFactory postGis)
    {
        postGis.RequireStore();
        _embedded = embedded.CreateClient();
        _postGis = postGis.CreateClient();
    }

    public static TheoryData<GeneratedFilters.FilterCase> Cases() => new(GeneratedFilters.All());

    private static async Task<(string[] Ids, int Matched)> Select(HttpClient client, string collection, string lang, string filter)
    {
        var url = $"/ogc/collections/{collection}/items?limit=10000&filter-lang={lang}&filter={Uri.EscapeDataString(filter)}";
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} for {filter}: {body}");
        var page = JsonDocument.Parse(body).RootElement;
        return (page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray(),
            page.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BothStoresAndBothEncodingsSelectTheSameFeatures(GeneratedFilters.FilterCase filter)
    {
        var embeddedText = await Select(_embedded, filter.Collection, "cql2-text", filter.Text);
        var postGisText = await Select(_postGis, filter.Collection, "cql2-text", filter.Text);
        var embeddedJson = await Select(_embedded, filter.Collection, "cql2-json", filter.Json);
        var postGisJson = await Select(_postGis, filter.Collection, "cql2-json", filter.Json);

        Assert.Equal(embeddedText.Ids, postGisText.Ids);
        Assert.Equal(embeddedText.Matched, postGisText.Matched);
        Assert.Equal(embeddedText.Ids, embeddedJson.Ids);
        Assert.Equal(postGisText.Ids, postGisJson.Ids);
    }

    [Fact]
    public async Task TheGeneratedSetSelectsNeitherAlwaysAllNorAlwaysNothing()
    {
        var counts = new List<(int Selected, int All)>();
        foreach (var filter in GeneratedFilters.All().Take(40))
        {
            var all = (await Select(_embedded, filter.Collection, "cql2-text", "TRUE")).Ids.Length;
            counts.Add(((await Select(_embedded, filter.Collection, "cql2-text", filter.Text)).Ids.Length, all));
        }

        Assert.Contains(counts, c => c.Selected == 0);
        Assert.Contains(counts, c => c.Selected == c.All);
        Assert.True(counts.Count(c => c.Selected > 0 && c.Selected < c.All) >= 10, "too few filters select a part");
    }
}
