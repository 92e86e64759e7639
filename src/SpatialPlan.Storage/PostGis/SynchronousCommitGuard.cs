using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// A commit that waits for a synchronous standby (one that is down, say) ends at the command timeout: Npgsql cancels
/// it, PostgreSQL stops waiting, warns "canceling wait for synchronous replication" and commits on the primary
/// alone. Answered as saved, such a write would be lost with the primary. This interceptor turns that warning into
/// <see cref="UnreplicatedCommitException"/> (a 503 with Retry-After, never retried by EF: the row is in): the
/// client learns the write is not confirmed. Measured on the cluster: without it, 201 after 15 s with the standby down.
/// </summary>
public sealed class SynchronousCommitGuard : DbConnectionInterceptor, IDbTransactionInterceptor
{
    /// <summary>The warning PostgreSQL gives when a commit stops waiting for its synchronous standby.</summary>
    public const string CanceledWait = "canceling wait for synchronous replication";

    private readonly ConditionalWeakTable<DbConnection, Flag> _connections = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Watch(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Watch(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Reset(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Reset(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Check(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return Task.CompletedTask;
    }

    private void Watch(DbConnection connection)
    {
        if (connection is NpgsqlConnection npgsql && !_connections.TryGetValue(connection, out _))
        {
            var flag = _connections.GetOrCreateValue(connection);
            npgsql.Notice += (_, e) =>
            {
                if (e.Notice.MessageText.Contains(CanceledWait, StringComparison.Ordinal))
                {
                    flag.Raised = true;
                }
            };
        }
    }

    private void Reset(DbContext? context)
    {
        if (context is not null && _connections.TryGetValue(context.Database.GetDbConnection(), out var flag))
        {
            flag.Raised = false;
        }
    }

    private void Check(DbContext? context)
    {
        if (context is not null && _connections.TryGetValue(context.Database.GetDbConnection(), out var flag) && flag.Raised)
        {
            flag.Raised = false;
            throw new UnreplicatedCommitException();
        }
    }

    private sealed class Flag
    {
        public volatile bool Raised;
    }
}

/// <summary>The commit is on the primary but its synchronous standby did not confirm it (see <see cref="SynchronousCommitGuard"/>).</summary>
public sealed class UnreplicatedCommitException() : Exception(
    "The write was committed on the primary, but its synchronous standby did not confirm it in time: it is not saved safely yet.");
