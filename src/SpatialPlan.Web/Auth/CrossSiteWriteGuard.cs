using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Auth;

/// <summary>
/// Refuses cross-site writes made with a browser's credentials (CSRF), with 403 problem+json saying why.
/// </summary>
/// <remarks>
/// <para>
/// Checked: every unsafe request (POST, PUT, PATCH, DELETE, anything but GET/HEAD/OPTIONS/TRACE) that carries
/// the planner cookie, and every unsafe request to an endpoint marked <see cref="AuthServices.RequireSameOrigin"/> (the
/// sign-in and sign-out forms, which carry no planner cookie yet: login CSRF would sign a planner in as someone
/// else). Not checked: requests that present an API key, which a browser never adds on its own, and cookie-less
/// requests to public endpoints (<c>/api/measure</c>, …), which hold no one's authority.
/// </para>
/// <para>
/// The check is on the request's provenance, not a token: <c>Sec-Fetch-Site</c> when the browser sends it (every
/// current browser does; a page cannot set or forge it) must be <c>same-origin</c>; without it the
/// <c>Origin</c> header must be this site's own scheme, host and port; a request with neither is refused. Chosen
/// over an antiforgery token because it needs no state and no token plumbing in the clients: the map page writes
/// through services and a same-origin <c>fetch</c> passes as is, while a token header would have to be fetched
/// and sent by every browser-side caller. Browsers send <c>Origin</c> on every non-GET request, so only clients
/// that are not browsers — which carry no victim's cookie — ever lack both. Behind a proxy the app must see the
/// public scheme and host (forwarded headers) for the <c>Origin</c> fallback; <c>Sec-Fetch-Site</c> does not
/// depend on it. The forms also keep ASP.NET Core's antiforgery token, which form binding validates.
/// </para>
/// </remarks>
public sealed class CrossSiteWriteGuard(RequestDelegate next, IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    private readonly string _cookieName = cookies.Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.Name!;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsUnsafe(request.Method) || ApiKeyAuthenticationHandler.Presents(request) || !InScope(context))
        {
            return next(context);
        }

        var refusal = Refusal(request);
        return refusal is null
            ? next(context)
            : Results.Problem(
                detail: refusal + " Writes with the planner's sign-in must come from this site's own pages; scripts send an API key (Authorization: Bearer <key>).",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Cross-site request refused").ExecuteAsync(context);
    }

    private bool InScope(HttpContext context) =>
        context.Request.Cookies.ContainsKey(_cookieName) ||
        context.GetEndpoint()?.Metadata.GetMetadata<SameOriginRequired>() is not null;

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>Why the request is refused, or null when it comes from this site.</summary>
    internal static string? Refusal(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite.Equals("same-origin", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"The browser says the request comes from another site (Sec-Fetch-Site: {Shorten(fetchSite)}).";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return "The request names no origin (neither Origin nor Sec-Fetch-Site).";
        }

        return IsThisSite(origin, request) ? null : $"The request comes from another origin (Origin: {Shorten(origin)}).";
    }

    private static bool IsThisSite(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var from) &&
        Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var self) &&
        from.AbsolutePath == "/" &&
        string.Equals(from.Scheme, self.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(from.IdnHost, self.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        from.Port == self.Port;

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";
}

/// <summary>Marks an endpoint that a browser form posts to without the planner cookie, so the guard checks it too.</summary>
public sealed class SameOriginRequired;
