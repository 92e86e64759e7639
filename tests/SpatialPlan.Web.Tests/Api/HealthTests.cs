using System.Net;

namespace SpatialPlan.Web.Tests.Api;

public abstract class HealthTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected HealthTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    public async Task AnswersHealthyWith200(string path)
    {
        var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class HealthTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : HealthTests<SpatialPlanAppFactory>(factory);

public sealed class HealthTestsWithPostGis(PostGisAppFactory factory) : HealthTests<PostGisAppFactory>(factory);
