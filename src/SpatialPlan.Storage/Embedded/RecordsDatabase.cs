using System.Globalization;
using Microsoft.Data.Sqlite;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// The embedded store's planners' records on disk: one SQLite database in the data folder, in WAL mode with
/// <c>synchronous=FULL</c>, so a commit returns only once its WAL frames are fsync'd (NORMAL would sync only at
/// checkpoints: a power cut could then lose acknowledged writes). SQLite's WAL is the checksummed, append-only journal
/// with crash recovery and background-able checkpoints that a hand-made journal would have to re-implement; what it
/// lacks, grouping many writers' commits into one fsync, <see cref="GroupCommit"/> adds by committing a batch of
/// changes in one transaction; <see cref="WalCheckpointer"/> checkpoints off the commit path. Created on the first write: a store that was only read leaves the folder empty.
/// Used from one thread at a time (the commit thread, or start-up before it runs).
/// </summary>
internal sealed class RecordsDatabase : IDisposable
{
    public const string FileName = "records.sqlite";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS collections (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS records (
            collection TEXT NOT NULL, id TEXT NOT NULL, feature TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS versions (
            seq INTEGER PRIMARY KEY, collection TEXT NOT NULL, feature_id TEXT NOT NULL, version INTEGER NOT NULL,
            action TEXT NOT NULL, at TEXT NOT NULL, author TEXT, feature TEXT NOT NULL,
            UNIQUE (collection, feature_id, version));
        """;

    private readonly string _path;
    private readonly long? _maxPages;
    private readonly WalCheckpointer _checkpointer;
    private SqliteConnection? _connection;

    public RecordsDatabase(string dataDirectory, long? maxPages = null)
    {
        _path = Path.Combine(dataDirectory, FileName);
        _maxPages = maxPages;
        _checkpointer = new WalCheckpointer(_path);
    }

    /// <summary>The collection's records and the last version number of each id ever written (deleted ones too), or
    /// null when the database does not hold it (nothing was written to it yet: it still comes from geodata). The
    /// versions themselves stay on disk: <see cref="History"/> reads them when asked.</summary>
    public StoredCollection? Load(string collectionId)
    {
        if (!Holds(collectionId))
        {
            return null;
        }

        var connection = _connection!;

        var records = new List<PlanFeature>();
        using (var select = Command(connection, "SELECT id, feature FROM records WHERE collection = $c", ("$c", collectionId)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                records.Add(FeatureJson.Read(reader.GetString(1), FileName, reader.GetString(0)));
            }
        }

        var lastVersions = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var select = Command(connection,
                   "SELECT feature_id, MAX(version) FROM versions WHERE collection = $c GROUP BY feature_id", ("$c", collectionId)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                lastVersions[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        return new StoredCollection(records, lastVersions);
    }

    /// <summary>
    /// Every durable version of one record, oldest first (empty when none, or when nothing was ever written). Read on a
    /// connection of its own, so any thread may ask while the commit thread writes: WAL readers see the last committed
    /// state and never wait for a writer. Not pooled, so the store's own connection stays the last one open and its
    /// close still checkpoints and removes the WAL.
    /// </summary>
    public IReadOnlyList<FeatureVersion> History(string collectionId, string featureId)
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        using var select = Command(connection,
            "SELECT version, action, at, author, feature FROM versions WHERE collection = $c AND feature_id = $id ORDER BY version",
            ("$c", collectionId), ("$id", featureId));
        using var reader = select.ExecuteReader();
        var history = new List<FeatureVersion>();
        while (reader.Read())
        {
            history.Add(new FeatureVersion(featureId, reader.GetInt32(0), Enum.Parse<VersionAction>(reader.GetString(1)),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.IsDBNull(3) ? null : reader.GetString(3),
                FeatureJson.Read(reader.GetString(4), FileName, $"{featureId} v{reader.GetInt32(0)}")));
        }

        return history;
    }

    /// <summary>Keeps every change in one transaction: all of them are durable when this returns, or none is (it
    /// throws, and SQLite rolls the transaction back).</summary>
    public void Commit(IReadOnlyList<RecordsChange> changes)
    {
        var connection = Open(create: true)!;
        using var transaction = connection.BeginTransaction();
        using var own = Command(connection, "INSERT OR IGNORE INTO collections (id) VALUES ($c)", ("$c", null));
        using var clear = Command(connection, "DELETE FROM records WHERE collection = $c", ("$c", null));
        using var upsert = Command(connection, "INSERT OR REPLACE INTO records (collection, id, feature) VALUES ($c, $id, $f)",
            ("$c", null), ("$id", null), ("$f", null));
        using var remove = Command(connection, "DELETE FROM records WHERE collection = $c AND id = $id", ("$c", null), ("$id", null));
        using var version = Command(connection,
            "INSERT INTO versions (collection, feature_id, version, action, at, author, feature) VALUES ($c, $id, $v, $a, $at, $au, $f)",
            ("$c", null), ("$id", null), ("$v", null), ("$a", null), ("$at", null), ("$au", null), ("$f", null));
        foreach (var command in new[] { own, clear, upsert, remove, version })
        {
            command.Transaction = transaction;
        }

        foreach (var change in changes)
        {
            if (change.AllRecords is { } all)
            {
                Run(own, change.CollectionId);
                Run(clear, change.CollectionId);
                foreach (var record in all)
                {
                    Run(upsert, change.CollectionId, record.Id, FeatureJson.Write(record));
                }
            }

            foreach (var v in change.Versions)
            {
                var json = FeatureJson.Write(v.Feature);
                if (change.AllRecords is null)
                {
                    _ = v.Action == VersionAction.Deleted
                        ? Run(remove, change.CollectionId, v.FeatureId)
                        : Run(upsert, change.CollectionId, v.FeatureId, json);
                }

                Run(version, change.CollectionId, v.FeatureId, v.Version, v.Action.ToString(),
                    v.At.ToString("O", CultureInfo.InvariantCulture), v.Author, json);
            }
        }

        transaction.Commit();
        _checkpointer.Written();
    }

    public void Dispose()
    {
        _checkpointer.Dispose();
        _connection?.Dispose();
    }

    private SqliteConnection? Open(bool create)
    {
        if (_connection is not null || (!create && !File.Exists(_path)))
        {
            return _connection;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        // One connection for the store's life, not pooled: closing it on dispose checkpoints and removes the WAL.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        // wal_autocheckpoint = 0: checkpoints run in the background (WalCheckpointer), not in a writer's commit.
        using (var setup = Command(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 0;" +
                   (_maxPages is { } pages ? $"PRAGMA max_page_count = {pages};" : "") + Schema))
        {
            setup.ExecuteNonQuery();
        }

        return _connection = connection;
    }

    /// <summary>True once the database owns the collection's records (a write to it, or its migrated file).</summary>
    public bool Holds(string collectionId)
    {
        if (Open(create: false) is not { } connection)
        {
            return false;
        }

        using var select = Command(connection, "SELECT 1 FROM collections WHERE id = $c", ("$c", collectionId));
        return select.ExecuteScalar() is not null;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a prepared command with its parameters' values in order.</summary>
    private static int Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }
}
