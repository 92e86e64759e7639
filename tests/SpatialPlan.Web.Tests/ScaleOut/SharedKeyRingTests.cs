using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpatialPlan.TestSupport;
using SpatialPlan.Web.Tests.Auth;

namespace SpatialPlan.Web.Tests.ScaleOut;

/// <summary>
/// Behind a proxy the next request may reach another node: with the PostGIS store the Data Protection key ring lives
/// in the database, so the planner cookie and the sign-in form's antiforgery token made by node A are accepted by
/// node B, and a record saved through A is read through B at once. (The embedded store keeps the framework's
/// file-system key ring: one node.)
/// </summary>
public sealed class SharedKeyRingTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheKeyRingIsInTheDatabaseAndBothNodesUseIt()
    {
        PostGisServer.Require();
        PlannerSession.Cookie(nodes.A); // protects something: the key ring is made if it was not

        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var repository = node.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.Equal("EntityFrameworkCoreXmlRepository`1", repository?.GetType().Name);
        }

        Assert.Equal(1L, await PostGisServer.ScalarAsync<long>(nodes.Database.ConnectionString, "SELECT count(*) FROM data_protection_keys", Ct));
    }

    [Fact]
    public async Task APlannerCookieMadeByOneNodeIsAcceptedByTheOther()
    {
        PostGisServer.Require();
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/me");
        request.Headers.Add("Cookie", PlannerSession.Cookie(nodes.A));

        var response = await nodes.B.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SpatialPlanAppFactory.PlannerName, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInFormsTokenFromOneNodeSignsInOnTheOther()
    {
        PostGisServer.Require();
        var (cookie, token) = AntiforgeryPair(nodes.A);
        var client = nodes.B.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var signedIn = await client.SendAsync(Login(cookie, token), Ct);
        var tampered = await client.SendAsync(Login(cookie, token[..^4] + "AAAA"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("login=failed", signedIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PlannerSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode); // the token is checked, not ignored
    }

    [Fact]
    public async Task ARecordSavedThroughOneNodeIsReadThroughTheOtherAtOnce()
    {
        PostGisServer.Require();
        var write = PlannerSession.Request(nodes.A, PlannerSession.Credential.ApiKey, HttpMethod.Post, "/ogc/collections/built-up/items",
            PlannerSession.Json("""
                {"type":"Feature","properties":{"name_zh":"两节点","built_year":2024},
                 "geometry":{"type":"Polygon","coordinates":[[[120.955,27.923],[120.96,27.923],[120.96,27.928],[120.955,27.923]]]}}
                """), origin: null);

        var created = await nodes.A.CreateClient().SendAsync(write, Ct);
        var read = await nodes.B.CreateClient().GetAsync(created.Headers.Location, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("两节点", await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>The antiforgery cookie and form token node A would put in its sign-in form.</summary>
    private static (string Cookie, string Token) AntiforgeryPair(TwoNodes.Node node)
    {
        var context = new DefaultHttpContext { RequestServices = node.Services };
        var tokens = node.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var cookieName = node.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        return ($"{cookieName}={tokens.CookieToken}", tokens.RequestToken!);
    }

    private static HttpRequestMessage Login(string cookie, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = SpatialPlanAppFactory.PlannerName,
                ["password"] = SpatialPlanAppFactory.PlannerPassword,
                ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Origin", PlannerSession.SameOrigin);
        return request;
    }
}
