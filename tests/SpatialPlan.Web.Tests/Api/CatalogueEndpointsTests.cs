using System.Net;
using System.Net.Http.Headers;

namespace SpatialPlan.Web.Tests.Api;

public class CatalogueEndpointsTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ServesTheCatalogueWithLeafletStyleOptions()
    {
        var catalogue = await HttpAssert.IsJson(await _client.GetAsync("/api/layers", TestContext.Current.CancellationToken));

        var zones = catalogue.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "plan-zones");
        Assert.True(zones.GetProperty("style").TryGetProperty("fillColor", out _));
        Assert.False(zones.GetProperty("style").TryGetProperty("radius", out _), "unset options are left out, not null");
        Assert.Equal(4, zones.GetProperty("categories").GetProperty("classes").GetArrayLength());
    }

    [Fact]
    public async Task AnswersARevalidationWith304()
    {
        var first = await _client.GetAsync("/api/layers", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/layers");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ServesThe2025TargetsWithTheirSourceSentences()
    {
        var plan = await HttpAssert.IsJson(await _client.GetAsync("/api/plan", TestContext.Current.CancellationToken));

        var targets = plan.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(12, targets.Count);
        Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("sourceSentence").GetString())));
        var area = targets.Single(t => t.GetProperty("indicator").GetProperty("zh").GetString()!.Contains("开发建设面积", StringComparison.Ordinal));
        Assert.Equal(20, area.GetProperty("target2025").GetDouble());
    }
}
