using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpatialPlan.TestSupport;
using SpatialPlan.Web.Auth;

namespace SpatialPlan.Web.Tests.Auth;

/// <summary>The planner's sign-in cookie, made by the app's own ticket format, and the requests a browser sends with it.</summary>
public static class PlannerSession
{
    public const string CookieName = "spatialplan.planner";
    public const string SameOrigin = "http://localhost";
    public const string Foreign = "https://evil.example";

    /// <summary>The cookie the login form would set (made directly: the login is rate-limited to 10 a minute).</summary>
    public static string Cookie(SpatialPlanAppFactory factory)
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(Principal(factory), CookieAuthenticationDefaults.AuthenticationScheme);
        return CookieName + "=" + options.TicketDataFormat.Protect(ticket);
    }

    /// <summary>The signed-in planner, as the login form makes them.</summary>
    public static ClaimsPrincipal Principal(SpatialPlanAppFactory factory)
    {
        var account = factory.Services.GetRequiredService<PlannerDirectory>()
            .CheckPassword(SpatialPlanAppFactory.PlannerName, SpatialPlanAppFactory.PlannerPassword)!;
        return new ClaimsPrincipal(new ClaimsIdentity(PlannerClaims.For(account), CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>How a request is signed: the cookie, the API key, or nothing.</summary>
    public enum Credential
    {
        Cookie,
        ApiKey,
        None,
    }

    /// <summary>A request with the credential and the provenance headers a browser would add (null: left out).</summary>
    public static HttpRequestMessage Request(
        SpatialPlanAppFactory factory, Credential credential, HttpMethod method, string url, HttpContent? body,
        string? origin, string? fetchSite = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body };
        if (credential == Credential.Cookie)
        {
            request.Headers.Add("Cookie", Cookie(factory));
        }
        else if (credential == Credential.ApiKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }

    public static StringContent Json(string json, string mediaType = "application/geo+json") => new(json, Encoding.UTF8, mediaType);

    public static MultipartFormDataContent ImportForm() =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(Parcels.FeatureCollection(Parcels.ValidGeometries()))), "file", "parcels.geojson" } };
}
