using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Auth;

/// <summary>Sign-in for the map page (a form post that sets a cookie), sign-out, and "who am I" for scripts.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/account").WithTags("Account");

        account.MapPost("/login", Login)
            .RequireRateLimiting(AuthServices.LoginRateLimit)
            .RequireSameOrigin()
            .WithName("Login")
            .WithSummary("Signs a planner in with name and password (form post from the map page)");

        account.MapPost("/logout", Logout)
            .RequireSameOrigin()
            .WithName("Logout")
            .WithSummary("Signs the planner out");

        account.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new { name = user.Identity!.Name, displayName = user.FindFirstValue("display_name") }))
            .AllowQueryParameters()
            .RequireAuthorization(PlannerClaims.Policy)
            .WithName("WhoAmI")
            .WithSummary("The signed-in planner (checks a cookie or an API key)");

        return routes;
    }

    private static async Task<RedirectHttpResult> Login(
        [FromForm(Name = "name")] string? name, [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl, PlannerDirectory planners, HttpContext context)
    {
        var back = LocalOrRoot(returnUrl);
        var account = name is { Length: > 0 and <= 100 } && password is { Length: > 0 and <= 200 }
            ? planners.CheckPassword(name, password)
            : null;
        if (account is null)
        {
            return TypedResults.Redirect(WithQuery(back, "login=failed"));
        }

        var identity = new ClaimsIdentity(PlannerClaims.For(account), CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return TypedResults.Redirect(back);
    }

    private static async Task<RedirectHttpResult> Logout([FromForm(Name = "returnUrl")] string? returnUrl, HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect(LocalOrRoot(returnUrl));
    }

    /// <summary>Only a path on this site: an open redirect would let a link send planners anywhere.</summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    private static string WithQuery(string url, string query) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
}
