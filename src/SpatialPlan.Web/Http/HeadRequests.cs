using Microsoft.AspNetCore.Http.Features;

namespace SpatialPlan.Web.Http;

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2): the request runs as the GET it mirrors, so status and headers are the
/// GET's, and the body is dropped. Endpoints map GET only; without this a HEAD is 404/405 (GDAL's /vsicurl probes
/// with HEAD). Runs before routing so the GET endpoint is the one chosen.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, original));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
            context.Request.Method = HttpMethods.Head;
        }
    });
}
