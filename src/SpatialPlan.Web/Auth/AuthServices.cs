using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Auth;

/// <summary>
/// Reads are public; writes need a planner, signed in with a cookie (the page) or an API key (scripts).
/// An API or OGC request without one gets 401 problem+json, never a redirect to a login page. A write with the
/// cookie must come from this site (<see cref="CrossSiteWriteGuard"/>).
/// </summary>
public static class AuthServices
{
    private const string Either = "CookieOrApiKey";
    public const string LoginRateLimit = "login";

    /// <summary>The Data Protection application name of every node: cookies and antiforgery tokens made under it.</summary>
    public const string DataProtectionApplicationName = "SpatialPlan";

    public static IServiceCollection AddPlannerAuth(this IServiceCollection services)
    {
        services.AddSettings<PlannerAccountsOptions>(PlannerAccountsOptions.Section);
        services.AddSingleton<PlannerDirectory>();
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.Presents(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "spatialplan.planner";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = c => Unauthorized(c.HttpContext);
                o.Events.OnRedirectToAccessDenied = c => Unauthorized(c.HttpContext);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(PlannerClaims.Policy, p => p.RequireAuthenticatedUser());
        services.AddCascadingAuthenticationState();
        // Nodes share cookies only with one application name (the default is the content root, which differs
        // between installs); where the keys live is the store's choice (AddPostGisStore: in the database).
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Slows password guessing: a few attempts a minute per client address.
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    public static WebApplication UsePlannerAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<CrossSiteWriteGuard>();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Checks the endpoint's unsafe requests for a same-origin source even without the planner cookie.</summary>
    public static TBuilder RequireSameOrigin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SameOriginRequired());

    private static Task Unauthorized(HttpContext context) =>
        Results.Problem(
            detail: "Writing needs a signed-in planner: sign in on the map page, or send an API key (Authorization: Bearer <key>).",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Not signed in").ExecuteAsync(context);
}
