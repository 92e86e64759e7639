using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Http;

/// <summary>
/// The one place where "the store cannot answer for now" becomes HTTP: 503 problem+json with Retry-After, instead of
/// a 500. Handlers know nothing of it, and it knows no database: the store's <see cref="IStoreFaultClassifier"/> says
/// which failures pass with time, and a full bulkhead throws <see cref="StoreSaturatedException"/>. Any other exception
/// falls through to the default 500 problem. A timeout is a 503 too, not a 504: the client may retry the same request
/// later, and Retry-After says when. A full disk (<see cref="StoreFault.StorageFull"/>) is 507 Insufficient Storage
/// without Retry-After: it does not pass with time, only when someone frees space, so no wait would be honest.
/// </summary>
public sealed class StoreUnavailableHandler(IStoreFaultClassifier faults, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before asking again.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var fault = exception is StoreSaturatedException ? StoreFault.Saturated : faults.Classify(exception);
        if (fault is not { } known)
        {
            return false;
        }

        logger.LogWarning("Store {Fault} for {Method} {Path}: {Message}", known,
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        if (known == StoreFault.StorageFull)
        {
            await WriteProblemAsync(httpContext, StatusCodes.Status507InsufficientStorage, "Storage full",
                "The server's storage is full: nothing of this request was written. Try again once space has been freed.", exception);
            return true;
        }

        var (title, detail) = known switch
        {
            StoreFault.Timeout => ("Database busy", "The feature database did not answer in time."),
            StoreFault.Saturated => ("Database busy", "The server is answering as many database requests as it can."),
            _ => ("Database unavailable", "The feature database does not answer at the moment."),
        };
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await WriteProblemAsync(httpContext, StatusCodes.Status503ServiceUnavailable, title, $"{detail} Try again in {RetryAfterSeconds} seconds.", exception);
        return true;
    }

    private static async Task WriteProblemAsync(HttpContext httpContext, int status, string title, string detail, Exception exception)
    {
        httpContext.Response.StatusCode = status;
        await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = detail,
            },
        });
    }
}
