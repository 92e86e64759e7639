using System.Net;
using System.Net.Http.Headers;
using SpatialPlan.Web.Auth;

namespace SpatialPlan.Web.Tests.Auth;

public class PlannerAuthTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<HttpResponseMessage> Me(Action<HttpRequestMessage>? sign = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/me");
        sign?.Invoke(request);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task RefusesAnAnonymousRequestWith401Problem() =>
        await HttpAssert.IsProblem(await Me(), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AcceptsTheApiKeyInTheXApiKeyHeader()
    {
        var me = await HttpAssert.IsJson(await Me(r => r.Headers.Add("X-Api-Key", SpatialPlanAppFactory.PlannerApiKey)));

        Assert.Equal(SpatialPlanAppFactory.PlannerName, me.GetProperty("name").GetString());
        Assert.Equal("测试规划师", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task AcceptsTheApiKeyAsABearerToken() =>
        await HttpAssert.IsJson(await Me(r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey)));

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    [InlineData("test-api-key-0123456789 ")]
    public async Task RefusesAWrongApiKey(string key) =>
        await HttpAssert.IsProblem(await Me(r => r.Headers.TryAddWithoutValidation("X-Api-Key", key)), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task RefusesALoginFormWithoutItsAntiforgeryToken()
    {
        // Same-origin, as a browser's form post is, so the antiforgery check (not the cross-site one) answers.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = SpatialPlanAppFactory.PlannerName,
                ["password"] = SpatialPlanAppFactory.PlannerPassword,
            }),
        };
        request.Headers.Add("Origin", PlannerSession.SameOrigin);
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.False(response.Headers.Contains("Set-Cookie"), "no session without a valid form");
    }

    [Fact]
    public void ChecksPasswordsAgainstTheirHashOnly()
    {
        var directory = factory.Services.GetService(typeof(PlannerDirectory)) as PlannerDirectory;

        Assert.NotNull(directory!.CheckPassword(SpatialPlanAppFactory.PlannerName, SpatialPlanAppFactory.PlannerPassword));
        Assert.Null(directory.CheckPassword(SpatialPlanAppFactory.PlannerName, "Correct horse battery staple"));
        Assert.Null(directory.CheckPassword("nobody", SpatialPlanAppFactory.PlannerPassword));
    }
}
