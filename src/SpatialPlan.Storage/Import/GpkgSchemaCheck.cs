using Microsoft.Data.Sqlite;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Keeps the GeoPackage reader from running anything of the uploader's. An SQLite file is a program as much as data:
/// a view runs its query when read, a virtual table its module, a generated column its expression (a few-KB file with
/// <c>GENERATED ALWAYS AS (zeroblob(50000000))</c> makes the reader build 50 MB a row). So every table the reader
/// selects from must be a plain table, the feature table must have no generated column, and its values together must
/// weigh no more than the file (a column default is stored once and repeated for every row). Each check reads only
/// the schema, or <c>length()</c>, which SQLite answers from a record's header without loading the value. Triggers
/// and other views or virtual tables (GDAL's R-tree and its triggers are on every feature table) are left alone: a
/// read-only connection that only selects never fires a trigger, and what is not selected from never runs.
/// </summary>
internal static class GpkgSchemaCheck
{
    /// <summary>The GeoPackage's own tables the reader selects from before it knows the feature table.</summary>
    public static readonly string[] MetadataTables = ["gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys"];

    /// <summary>
    /// Sets the connection's defences before any read: no value (blob, text or row) larger than the file can be built,
    /// whatever computes it, and functions that are not innocuous may not run from the schema.
    /// </summary>
    public static void Harden(SqliteConnection connection, long fileBytes)
    {
        SQLitePCL.raw.sqlite3_limit(connection.Handle, SQLitePCL.raw.SQLITE_LIMIT_LENGTH, (int)Math.Clamp(fileBytes, 1, int.MaxValue));
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA trusted_schema = OFF";
        command.ExecuteNonQuery();
    }

    /// <summary>Why <paramref name="table"/> may not be read (a view, a virtual table), or null when it is a plain table or
    /// missing (a missing table fails the read itself, as an unreadable GeoPackage).</summary>
    public static async Task<string?> TableProblemAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        // SQLite resolves names case-insensitively: so must the check, or a view "GPKG_CONTENTS" would slip through.
        var kinds = await SqliteRows.ReadAsync(connection, "SELECT type, coalesce(sql, '') FROM sqlite_master WHERE name = $p0 COLLATE NOCASE",
            r => (Type: r.GetString(0), Sql: r.GetString(1)), table, cancellationToken);
        return kinds switch
        {
            [] => null,
            [("table", var sql)] when sql.TrimStart().StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase) =>
                $"'{table}' is a virtual table, not a plain table: its module would run to read it",
            [("table", _)] => null,
            [(var type, _), ..] => $"'{table}' is a {type}, not a plain table: its query would run to read it",
        };
    }

    /// <summary>The first generated column of the feature table (by <c>table_xinfo</c>: hidden 2 is virtual, 3 stored), as
    /// a problem, or null.</summary>
    public static async Task<string?> GeneratedColumnProblemAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        var generated = await SqliteRows.ReadAsync(connection, "SELECT name FROM pragma_table_xinfo($p0) WHERE hidden IN (2, 3) ORDER BY cid",
            r => r.GetString(0), table, cancellationToken);
        return generated is [var first, ..]
            ? $"the feature table '{table}' has a generated column '{first}': its values are computed by an expression from the file, which is not run"
            : null;
    }

    /// <summary>Whether the feature table's values together outweigh the file they came from, before any of them is built.</summary>
    public static async Task<string?> WeightProblemAsync(
        SqliteConnection connection, string table, IReadOnlyList<string> columns, long fileBytes, CancellationToken cancellationToken)
    {
        if (columns.Count == 0)
        {
            return null;
        }

        var perRow = string.Join(" + ", columns.Select(c => $"coalesce(length({SqliteRows.Quote(c)}), 0)"));
        var total = (await SqliteRows.ReadAsync(connection, $"SELECT coalesce(sum({perRow}), 0) FROM {SqliteRows.Quote(table)}",
            r => r.GetInt64(0), null, cancellationToken))[0];
        return total > fileBytes
            ? $"the feature table '{table}' holds {total} bytes of values, more than the file's own {fileBytes}: values the file does not store are refused"
            : null;
    }
}
