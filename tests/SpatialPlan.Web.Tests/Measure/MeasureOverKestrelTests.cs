using System.Net;
using System.Text;
using SpatialPlan.Web.Tests.Clients;

namespace SpatialPlan.Web.Tests.Measure;

/// <summary>The body limit on the real server: Kestrel stops a large upload and the answer is still problem+json.</summary>
public class MeasureOverKestrelTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>
{
    [Fact]
    public async Task RefusesAThreeMegabyteBodyWith413ProblemAndKeepsServing()
    {
        using var client = new HttpClient { BaseAddress = new Uri(factory.BaseAddress) };
        var body = "{\"pad\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";

        var response = await client.PostAsync("/api/measure", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var after = await client.PostAsync("/api/measure", new StringContent(MeasureClient.CirclePolygon(8), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        await HttpAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
