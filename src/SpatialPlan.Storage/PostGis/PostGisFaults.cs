using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Which of the database's failures pass with time: a connection that could not be made or was lost, a server
/// shutting down or starting up, EF's "gave up after retries" (<see cref="StoreFault.Unavailable"/>), and a statement
/// past the command timeout or no pooled connection in time (<see cref="StoreFault.Timeout"/>: Npgsql wraps a
/// <see cref="TimeoutException"/>). Bad SQL, constraint violations and wrong credentials are not faults: they stay errors.
/// </summary>
public sealed class PostGisFaults : IStoreFaultClassifier
{
    public StoreFault? Classify(Exception exception) =>
        !IsTransient(exception) ? null : HasInner<TimeoutException>(exception) ? StoreFault.Timeout : StoreFault.Unavailable;

    /// <summary>True when the database does not answer for now (any <see cref="StoreFault"/>).</summary>
    public static bool IsTransient(Exception exception)
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

    private static bool HasInner<T>(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T)
            {
                return true;
            }
        }

        return false;
    }
}
