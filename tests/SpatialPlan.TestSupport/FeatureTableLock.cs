using Npgsql;

namespace SpatialPlan.TestSupport;

/// <summary>
/// Holds <c>LOCK TABLE features IN ACCESS EXCLUSIVE MODE</c> in an open transaction of its own, so every read of
/// the table waits (as behind a long migration or VACUUM FULL) until the lock is disposed.
/// </summary>
public sealed class FeatureTableLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private FeatureTableLock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<FeatureTableLock> HoldAsync(string connectionString)
    {
        // Unpooled: disposing ends the session, whatever state the transaction is in.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE features IN ACCESS EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new FeatureTableLock(connection, transaction);
    }

    /// <summary>Statements of sessions named <paramref name="applicationName"/> that are running now (waiting
    /// for the lock counts as running).</summary>
    public async Task<int> ActiveStatementsAsync(string applicationName)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'", _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = applicationName });
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
