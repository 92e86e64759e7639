using System.Net;
using System.Text.Json;
using SpatialPlan.Web.Tests.Records;
using static SpatialPlan.Web.Tests.Auth.PlannerSession;

namespace SpatialPlan.Web.Tests.Auth;

/// <summary>
/// Every write with the planner's cookie must come from this site (CSRF): a cross-site or unsourced request is
/// 403 problem+json and writes nothing; the same request from the site works, and so does an API key from anywhere.
/// </summary>
public class CrossSiteWriteTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Items = "/ogc/collections/built-up/items";

    // Every write here is the same test parcel again: allowed, as the overlap check is not what these tests are about.
    private const string AllowOverlap = "?onOverlap=allow";

    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The routes that write planners' records (MapPost/MapPut/MapDelete with a planner policy).</summary>
    public static TheoryData<string> Writes => ["create", "replace", "delete", "import"];

    private static (HttpMethod Method, string Url, HttpContent? Body, HttpStatusCode Done) Write(string write, string id) => write switch
    {
        "create" => (HttpMethod.Post, Items + AllowOverlap, Json(BuiltUpRecordBodies.Feature()), HttpStatusCode.Created),
        "replace" => (HttpMethod.Put, $"{Items}/{id}{AllowOverlap}", Json(BuiltUpRecordBodies.Feature(properties: """{"name_zh":"改过的地块"}""")), HttpStatusCode.OK),
        "delete" => (HttpMethod.Delete, $"{Items}/{id}", null, HttpStatusCode.NoContent),
        "import" => (HttpMethod.Post, "/api/built-up/import" + AllowOverlap, ImportForm(), HttpStatusCode.Created),
        _ => throw new ArgumentOutOfRangeException(nameof(write)),
    };

    /// <summary>A record to replace or delete, written with the API key.</summary>
    private async Task<string> ExistingRecordAsync()
    {
        using var request = PlannerSession.Request(factory, Credential.ApiKey, HttpMethod.Post, Items + AllowOverlap, Json(BuiltUpRecordBodies.Feature()), origin: null);
        var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Every record and every version of the target: what a write would change.</summary>
    private async Task<string> StateAsync(string id)
    {
        using var items = JsonDocument.Parse(await _client.GetStringAsync(Items + "?limit=1000", Ct));
        return items.RootElement.GetProperty("numberMatched").GetInt32() + items.RootElement.GetProperty("features").GetRawText() +
               await _client.GetStringAsync($"{Items}/{id}/history", Ct);
    }

    private async Task<HttpResponseMessage> SendAsync(string write, string id, Credential credential, string? origin, string? fetchSite)
    {
        var (method, url, body, _) = Write(write, id);
        using var request = PlannerSession.Request(factory, credential, method, url, body, origin, fetchSite);
        return await _client.SendAsync(request, Ct);
    }

    private async Task AssertRefusedAndNothingWrittenAsync(string write, string? origin, string? fetchSite, string why)
    {
        var id = await ExistingRecordAsync();
        var before = await StateAsync(id);

        var problem = await HttpAssert.IsProblem(await SendAsync(write, id, Credential.Cookie, origin, fetchSite), HttpStatusCode.Forbidden);

        Assert.Equal("Cross-site request refused", problem.GetProperty("title").GetString());
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(id));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public Task RefusesACookieWriteFromAnotherOrigin(string write) =>
        AssertRefusedAndNothingWrittenAsync(write, Foreign, fetchSite: null, "Origin: https://evil.example");

    [Theory]
    [MemberData(nameof(Writes))]
    public Task RefusesACookieWriteTheBrowserMarksCrossSite(string write) =>
        AssertRefusedAndNothingWrittenAsync(write, Foreign, "cross-site", "Sec-Fetch-Site: cross-site");

    [Theory]
    [MemberData(nameof(Writes))]
    public Task RefusesACookieWriteFromASiblingSubdomain(string write) =>
        AssertRefusedAndNothingWrittenAsync(write, "http://maps.localhost", "same-site", "Sec-Fetch-Site: same-site");

    [Theory]
    [MemberData(nameof(Writes))]
    public Task RefusesACookieWriteThatNamesNoOrigin(string write) =>
        AssertRefusedAndNothingWrittenAsync(write, origin: null, fetchSite: null, "neither Origin nor Sec-Fetch-Site");

    [Theory]
    [InlineData("create", "http://localhost:8080")]
    [InlineData("create", "https://localhost")]
    [InlineData("create", "null")]
    [InlineData("delete", "http://localhost.evil.example")]
    public Task RefusesACookieWriteFromAnOriginThatOnlyLooksLikeThisSite(string write, string origin) =>
        AssertRefusedAndNothingWrittenAsync(write, origin, fetchSite: null, "another origin");

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AcceptsACookieWriteFromThisSite(string write)
    {
        var id = await ExistingRecordAsync();

        var response = await SendAsync(write, id, Credential.Cookie, SameOrigin, "same-origin");

        Assert.Equal(Write(write, id).Done, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AcceptsACookieWriteWithASameOriginOriginAndNoFetchMetadata(string write)
    {
        var id = await ExistingRecordAsync();

        var response = await SendAsync(write, id, Credential.Cookie, SameOrigin, fetchSite: null);

        Assert.Equal(Write(write, id).Done, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AcceptsAnApiKeyWriteFromAnyOrigin(string write)
    {
        var id = await ExistingRecordAsync();

        var response = await SendAsync(write, id, Credential.ApiKey, Foreign, "cross-site");

        Assert.Equal(Write(write, id).Done, response.StatusCode);
    }

    [Fact]
    public async Task StillAnswers401ToACrossSiteWriteWithoutCredentials()
    {
        var id = await ExistingRecordAsync();

        await HttpAssert.IsProblem(await SendAsync("create", id, Credential.None, Foreign, "cross-site"), HttpStatusCode.Unauthorized);
    }
}
