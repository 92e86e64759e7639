using System.Net;
using SpatialPlan.Web.Tests.Measure;
using static SpatialPlan.Web.Tests.Auth.PlannerSession;

namespace SpatialPlan.Web.Tests.Auth;

/// <summary>
/// The public POSTs (measure, validate an import, export) stay open to any client without the cookie; with the
/// planner's cookie they are checked like every other unsafe request, one rule for all.
/// </summary>
public class CrossSitePublicPostTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { HandleCookies = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Posts => ["/api/measure", "/api/built-up/import/validate", "/api/export"];

    private static HttpContent Body(string url) => url switch
    {
        "/api/measure" => Json(MeasureClient.CirclePolygon(16)),
        "/api/built-up/import/validate" => ImportForm(),
        _ => Json("""{"format":"nope"}""", "application/json"), // refused by the spec check, not by the guard: no render needed
    };

    private async Task<HttpResponseMessage> SendAsync(string url, Credential credential, string? origin, string? fetchSite)
    {
        using var request = PlannerSession.Request(factory, credential, HttpMethod.Post, url, Body(url), origin, fetchSite);
        return await _client.SendAsync(request, Ct);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task RefusesACrossSitePostWithThePlannersCookie(string url) =>
        await HttpAssert.IsProblem(await SendAsync(url, Credential.Cookie, Foreign, "cross-site"), HttpStatusCode.Forbidden);

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task LeavesAPostWithoutTheCookieToTheEndpoint(string url) =>
        Assert.NotEqual(HttpStatusCode.Forbidden, (await SendAsync(url, Credential.None, Foreign, "cross-site")).StatusCode);

    [Fact]
    public async Task MeasuresForAnyClientWithoutTheCookie()
    {
        await HttpAssert.IsJson(await SendAsync("/api/measure", Credential.None, origin: null, fetchSite: null));
        await HttpAssert.IsJson(await SendAsync("/api/measure", Credential.None, Foreign, "cross-site"));
    }

    [Fact]
    public async Task MeasuresForThePlannerFromThisSite() =>
        await HttpAssert.IsJson(await SendAsync("/api/measure", Credential.Cookie, SameOrigin, "same-origin"));
}
