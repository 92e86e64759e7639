using System.Text.RegularExpressions;

namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>The API writes the very same bytes from either store: ids, order, counts, geometry and properties.</summary>
public sealed partial class StoresAgreeTests : IClassFixture<SpatialPlanAppFactory>, IClassFixture<PostGisAppFactory>
{
    private readonly HttpClient _embedded;
    private readonly HttpClient _postGis;

    public StoresAgreeTests(SpatialPlanAppFactory embedded, PostGisAppFactory postGis)
    {
        postGis.RequireStore();
        _embedded = embedded.CreateClient();
        _postGis = postGis.CreateClient();
    }

    public static TheoryData<string> Urls()
    {
        var urls = new TheoryData<string>();
        foreach (var id in ContractCollections.Ids)
        {
            urls.Add($"/ogc/collections/{id}/items?limit=10000");
            urls.Add($"/ogc/collections/{id}/items?bbox=120.8,27.9,120.95,28.0&limit=3&offset=1");
            urls.Add($"/ogc/collections/{id}");
        }

        urls.Add("/ogc/collections");
        urls.Add("/ogc/collections/plan-zones/items/zone-liubai");
        urls.Add("/ogc/collections/land/items?bbox=121.3,28.2,121.35,28.25");
        return urls;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task AnswerWithTheSameStatusTypeAndBodyButTheTimeStamp(string url)
    {
        var expected = await _embedded.GetAsync(url, TestContext.Current.CancellationToken);
        var actual = await _postGis.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(expected.StatusCode, actual.StatusCode);
        Assert.Equal(expected.Content.Headers.ContentType, actual.Content.Headers.ContentType);
        Assert.Equal(
            WithoutTimeStamp(await expected.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)),
            WithoutTimeStamp(await actual.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>The response time is the one member allowed to differ.</summary>
    private static string WithoutTimeStamp(string body) => TimeStamp().Replace(body, "");

    [GeneratedRegex("\"timeStamp\":\"[^\"]*\",?")]
    private static partial Regex TimeStamp();
}
