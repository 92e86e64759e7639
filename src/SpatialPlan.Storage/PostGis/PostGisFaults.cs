using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Which of the database's failures pass with time: a connection that could not be made or was lost, a server
/// shutting down or starting up, EF's "gave up after retries", no host of a multi-host connection string fit to serve
/// (during a failover: the primary gone, the standby not promoted yet), a commit its synchronous standby did not
/// confirm (<see cref="UnreplicatedCommitException"/>) (<see cref="StoreFault.Unavailable"/>), and a statement
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
            if (e is RetryLimitExceededException or UnreplicatedCommitException or NpgsqlException { IsTransient: true } || IsNoSuitableHost(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Npgsql's "No suitable host was found": every host of the connection string is known, from a recent
    /// attempt, to be down or of the wrong kind (no primary yet). It carries no inner exception and is not marked
    /// transient, but it passes as soon as a host is back or promoted (after <c>Host Recheck Seconds</c>).</summary>
    private static bool IsNoSuitableHost(Exception e) =>
        e is NpgsqlException { InnerException: null } and not PostgresException &&
        e.TargetSite?.DeclaringType is { } thrower &&
        (thrower == typeof(NpgsqlMultiHostDataSource) || thrower.DeclaringType == typeof(NpgsqlMultiHostDataSource));

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
