using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SpatialPlan.Web.Http;

/// <summary>
/// The one place where "the database does not answer" becomes HTTP: 503 problem+json with Retry-After, instead
/// of a 500. Handlers know nothing of it; any other exception falls through to the default 500 problem.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger)
    : IExceptionHandler
{
    /// <summary>Seconds a client should wait before asking again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// True for a connection that could not be made or was lost, a server shutting down or starting up, and
    /// EF's "gave up after retries": the failures that pass when the database is back. Not for bad SQL,
    /// constraint violations or wrong credentials, which stay 500s.
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

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("Database unavailable for {Method} {Path}: {Message}",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = $"The feature database does not answer at the moment. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }
}
