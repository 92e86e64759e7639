using Microsoft.Data.Sqlite;

namespace SpatialPlan.Storage.Import;

/// <summary>The rows of one query with at most one parameter (<c>$p0</c>), each mapped as it is read.</summary>
internal static class SqliteRows
{
    public static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, object? parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p0", parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A name from the file, quoted as an SQL identifier.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
