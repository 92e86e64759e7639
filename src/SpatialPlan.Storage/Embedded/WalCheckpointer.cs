using Microsoft.Data.Sqlite;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// Copies the records database's WAL back into the database file in the background (a PASSIVE checkpoint on a
/// connection of its own, every <see cref="Interval"/> while there were commits), so no writer waits for it: with
/// SQLite's automatic checkpoint the commit that crosses 1 000 WAL pages would copy them and fsync the database file
/// before its writers hear back. A passive checkpoint never blocks the writer, and a failed one (a full disk) changes
/// nothing: the frames stay in the WAL and the next one tries again.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly string _path;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private bool _written;
    private bool _disposed;

    public WalCheckpointer(string path)
    {
        _path = path;
        _timer = new Timer(_ => Checkpoint(), null, Interval, Interval);
    }

    /// <summary>Says a commit added frames to the WAL since the last checkpoint.</summary>
    public void Written() => Volatile.Write(ref _written, true);

    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            _disposed = true;
            _connection?.Dispose();
        }
    }

    private void Checkpoint()
    {
        if (!Volatile.Read(ref _written) || !_lock.TryEnter())
        {
            return; // nothing new, or the last checkpoint is still running
        }

        try
        {
            if (_disposed || !File.Exists(_path))
            {
                return;
            }

            Volatile.Write(ref _written, false);
            _connection ??= Open();
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            Volatile.Write(ref _written, true); // try again at the next tick; the WAL still holds every frame
        }
        finally
        {
            _lock.Exit();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
