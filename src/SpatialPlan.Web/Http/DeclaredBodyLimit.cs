using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace SpatialPlan.Web.Http;

/// <summary>
/// A request that declares a body larger than the server takes (<c>Kestrel:Limits:MaxRequestBodySize</c>) is
/// answered 413 problem+json before any endpoint reads it: otherwise Kestrel's refusal surfaces inside whatever
/// reads the body (form binding answers a bare 400). Endpoints with smaller limits still check their own.
/// </summary>
public static class DeclaredBodyLimit
{
    public static IApplicationBuilder UseDeclaredBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength is not { } length || limit is null || length <= limit)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.Headers.Connection = "close"; // no point reading megabytes we refuse
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"The request body may be at most {limit} bytes.",
            },
        });
    });
}
