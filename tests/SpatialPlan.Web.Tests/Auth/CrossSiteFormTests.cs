using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static SpatialPlan.Web.Tests.Auth.PlannerSession;

namespace SpatialPlan.Web.Tests.Auth;

/// <summary>
/// The sign-in and sign-out forms carry no planner cookie yet (login CSRF) or end a session, so they are checked
/// like writes: from this site they work, from another or from nowhere they are 403 and change no session.
/// </summary>
public class CrossSiteFormTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _browser = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The antiforgery cookie and form token the page's account form carries, for this session's user (the page
    /// renders the form only in its circuit, so the test asks the app's antiforgery service, as the form does).
    /// </summary>
    private (string Cookie, string Field, string Token) FormToken(string? plannerCookie)
    {
        var user = plannerCookie is null ? new ClaimsPrincipal(new ClaimsIdentity()) : PlannerSession.Principal(factory);
        var context = new DefaultHttpContext { RequestServices = factory.Services, User = user };
        var tokens = factory.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var cookieName = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        return ($"{cookieName}={tokens.CookieToken}", tokens.FormFieldName, tokens.RequestToken!);
    }

    private async Task<HttpResponseMessage> PostFormAsync(
        string url, Dictionary<string, string> fields, string? plannerCookie, string? origin, string? fetchSite)
    {
        var (cookie, field, token) = FormToken(plannerCookie);
        fields[field] = token;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", plannerCookie is null ? cookie : $"{cookie}; {plannerCookie}");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return await _browser.SendAsync(request, Ct);
    }

    private Task<HttpResponseMessage> LoginAsync(string? origin, string? fetchSite) =>
        PostFormAsync("/account/login", new()
        {
            ["name"] = SpatialPlanAppFactory.PlannerName,
            ["password"] = SpatialPlanAppFactory.PlannerPassword,
            ["returnUrl"] = "/?lang=en",
        }, plannerCookie: null, origin, fetchSite);

    /// <summary>The planner cookie the response sets ("name=value"), or null.</summary>
    private static string? PlannerCookieSetBy(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).FirstOrDefault()
            : null;

    private async Task<HttpStatusCode> WhoAmIAsync(string? plannerCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/me");
        if (plannerCookie is not null)
        {
            request.Headers.Add("Cookie", plannerCookie);
        }

        return (await _browser.SendAsync(request, Ct)).StatusCode;
    }

    private async Task<string> SignedInAsync()
    {
        var response = await LoginAsync(SameOrigin, "same-origin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return PlannerCookieSetBy(response)!;
    }

    [Fact]
    public async Task SignsInFromThisSite()
    {
        var response = await LoginAsync(SameOrigin, "same-origin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?lang=en", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, await WhoAmIAsync(PlannerCookieSetBy(response)));
    }

    [Fact]
    public async Task SignsInFromThisSiteWithOriginAlone()
    {
        var response = await LoginAsync(SameOrigin, fetchSite: null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(PlannerCookieSetBy(response));
    }

    [Theory]
    [InlineData(Foreign, null, "Origin: https://evil.example")]
    [InlineData(Foreign, "cross-site", "Sec-Fetch-Site: cross-site")]
    [InlineData(null, null, "neither Origin nor Sec-Fetch-Site")]
    public async Task RefusesASignInFromAnotherSiteOrFromNowhere(string? origin, string? fetchSite, string why)
    {
        var response = await LoginAsync(origin, fetchSite);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(PlannerCookieSetBy(response));
    }

    [Fact]
    public async Task RefusesASignOutFromAnotherSiteAndKeepsTheSession()
    {
        var session = await SignedInAsync();

        var response = await PostFormAsync("/account/logout", new() { ["returnUrl"] = "/" }, session, Foreign, "cross-site");

        await HttpAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Null(PlannerCookieSetBy(response));
    }

    [Fact]
    public async Task SignsOutFromThisSite()
    {
        var session = await SignedInAsync();

        var response = await PostFormAsync("/account/logout", new() { ["returnUrl"] = "/" }, session, SameOrigin, "same-origin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CookieName + "=", PlannerCookieSetBy(response)); // the cookie is cleared
    }
}
