using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SpatialPlan.Web.Http;

/// <summary>
/// The one place where "the database does not answer" becomes HTTP: 503 problem+json with Retry-After, instead
/// of a 500. Handlers know nothing of it; any other exception falls through to the default 500 problem. A timeout
/// (a statement past the command timeout, or no pooled connection in time) is a 503 too, not a 504: the client may
/// retry the same request later, and Retry-After says when.
/// </summary>
public sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before asking again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// True for a connection that could not be made or was lost, a server shutting down or starting up, a
    /// timeout, and EF's "gave up after retries": the failures that pass when the database is back or less busy.
    /// Not for bad SQL, constraint violations or wrong credentials, which stay 500s.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RetryLimitExceededException or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A command timeout, or the pool had no connection in time: Npgsql wraps a TimeoutException.</summary>
    public static bool IsTimeout(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the 503 problem with Retry-After.</summary>
    public static async Task WriteProblemAsync(HttpContext httpContext, string title, string detail, Exception? exception)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = title,
                Detail = $"{detail} Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseUnavailable(exception))
        {
            return false;
        }

        var timeout = IsTimeout(exception);
        logger.LogWarning("Database {Fault} for {Method} {Path}: {Message}", timeout ? "timeout" : "unavailable",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        await (timeout
            ? WriteProblemAsync(httpContext, "Database busy", "The feature database did not answer in time.", exception)
            : WriteProblemAsync(httpContext, "Database unavailable", "The feature database does not answer at the moment.", exception));
        return true;
    }
}
