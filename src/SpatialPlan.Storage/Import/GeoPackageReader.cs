using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using SpatialPlan.Core.Import;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Reads a GeoPackage of built-up parcels, opened read-only and run nothing of the uploader's (no view, virtual table
/// or generated column is read, no value larger than the file is built: see <see cref="GpkgSchemaCheck"/>): its one
/// feature table, the CRS from <c>gpkg_spatial_ref_sys</c> (EPSG code, else the
/// WKT definition), each row's geometry blob as it is (rings are not repaired) and its other columns as
/// attributes, the primary key as the id.
/// </summary>
public static class GeoPackageReader
{
    public static async Task<ImportSource> ReadAsync(string path, SourceCrs? declared, ImportLimits limits, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            var fileBytes = new FileInfo(path).Length;
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            GpkgSchemaCheck.Harden(connection, fileBytes);
            return await ReadAsync(connection, fileBytes, declared, limits, cancellationToken);
        }
        catch (SqliteException e)
        {
            return ImportSource.Unusable(ImportSource.GeoPackage, "not a readable GeoPackage: " + e.Message);
        }
    }

    private static async Task<ImportSource> ReadAsync(
        SqliteConnection connection, long fileBytes, SourceCrs? declared, ImportLimits limits, CancellationToken cancellationToken)
    {
        foreach (var metadata in GpkgSchemaCheck.MetadataTables)
        {
            if (await GpkgSchemaCheck.TableProblemAsync(connection, metadata, cancellationToken) is { } refused)
            {
                return Unusable(refused);
            }
        }

        var tables = await RowsAsync(connection,
            "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name " +
            "WHERE c.data_type = 'features' ORDER BY c.table_name", r => (Table: r.GetString(0), Column: r.GetString(1), Srs: r.GetInt32(2)), null, cancellationToken);
        if (tables.Count != 1)
        {
            return Unusable(tables.Count == 0
                ? "the GeoPackage holds no feature table"
                : $"the GeoPackage holds {tables.Count} feature tables ({string.Join(", ", tables.Take(5).Select(t => t.Table))}): upload one at a time");
        }

        var (table, column, srsId) = tables[0];
        var kind = await RowsAsync(connection, "SELECT type FROM sqlite_master WHERE name = $p0 COLLATE NOCASE", r => r.GetString(0), table, cancellationToken);
        if (kind is not ["table"])
        {
            return Unusable($"the feature table '{table}' is not a plain table");
        }

        var notRun = await GpkgSchemaCheck.TableProblemAsync(connection, table, cancellationToken) ??
                     await GpkgSchemaCheck.GeneratedColumnProblemAsync(connection, table, cancellationToken);
        if (notRun is not null)
        {
            return Unusable(notRun);
        }

        var (detected, detectionProblem) = await SrsAsync(connection, srsId, cancellationToken);
        var (crs, from, crsProblem) = ImportSource.ResolveCrs(declared, detected, detectionProblem, "gpkg_spatial_ref_sys", fallback: null);
        if (crsProblem is not null)
        {
            return Unusable(crsProblem);
        }

        var count = (await RowsAsync(connection, $"SELECT count(*) FROM {Quote(table)}", r => r.GetInt64(0), null, cancellationToken))[0];
        if (count > limits.MaxFeatures)
        {
            return Unusable($"{count} features, more than the limit of {limits.MaxFeatures}");
        }

        var key = (await RowsAsync(connection, "SELECT name FROM pragma_table_info($p0) WHERE pk = 1", r => r.GetString(0), table, cancellationToken)).FirstOrDefault();
        var names = await RowsAsync(connection, "SELECT name FROM pragma_table_info($p0) ORDER BY cid", r => r.GetString(0), table, cancellationToken);
        if (await GpkgSchemaCheck.WeightProblemAsync(connection, table, names, fileBytes, cancellationToken) is { } tooHeavy)
        {
            return Unusable(tooHeavy); // before SELECT * builds any value
        }

        var features = await RowsAsync(connection, $"SELECT * FROM {Quote(table)} ORDER BY rowid", r => r.GetValues(), null, cancellationToken);
        return new ImportSource(ImportSource.GeoPackage, crs, from,
            features.Select((values, index) => Candidate(index, names, values, column, key)).ToList());
    }

    private static ImportCandidate Candidate(int index, List<string> names, object?[] values, string geometryColumn, string? key)
    {
        var attributes = new AttributesTable();
        Geometry? geometry = null;
        string? problem = null;
        for (var i = 0; i < names.Count && i < values.Length; i++)
        {
            if (names[i] == geometryColumn)
            {
                (geometry, problem) = ReadGeometry(values[i]);
            }
            else if (values[i] is not byte[])
            {
                attributes.Add(names[i], values[i]);
            }
        }

        var id = key is not null && attributes.Exists(key) ? Convert.ToString(attributes[key], CultureInfo.InvariantCulture) : null;
        return new ImportCandidate(index, id, geometry, attributes, problem);
    }

    private static (Geometry? Geometry, string? Problem) ReadGeometry(object? value)
    {
        if (value is not byte[] blob)
        {
            return (null, "no geometry");
        }

        if (GpkgBlobStructure.Problem(blob) is { } structure)
        {
            return (null, "unreadable geometry blob: " + structure);
        }

        try
        {
            return (new GeoPackageGeoReader { RepairRings = false }.Read(blob), null); // report unclosed rings, never close them
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or ParseException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            return (null, "unreadable geometry blob: " + e.Message);
        }
    }

    private static async Task<(SourceCrs? Crs, string? Problem)> SrsAsync(SqliteConnection connection, int srsId, CancellationToken cancellationToken)
    {
        if (srsId is 0 or -1)
        {
            return (null, null); // "undefined" geographic or cartesian: the request must declare it
        }

        var rows = await RowsAsync(connection, "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $p0",
            r => (Organization: r.GetString(0), Code: r.GetInt32(1), Definition: r.IsDBNull(2) ? "" : r.GetString(2)), srsId, cancellationToken);
        if (rows.Count == 0)
        {
            return (null, $"srs_id {srsId} is not defined");
        }

        var (organization, code, definition) = rows[0];
        if (string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase))
        {
            return SourceCrs.FromEpsg(code) is { } known ? (known, null) : (null, $"EPSG:{code} is not supported");
        }

        var recognition = CrsRecognizer.FromWkt(definition);
        return (recognition.Crs, recognition.Problem);
    }

    private static Task<List<T>> RowsAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, object? parameter, CancellationToken cancellationToken) =>
        SqliteRows.ReadAsync(connection, sql, read, parameter, cancellationToken);

    private static string Quote(string identifier) => SqliteRows.Quote(identifier);

    private static ImportSource Unusable(string problem) => ImportSource.Unusable(ImportSource.GeoPackage, problem);

    private static object?[] GetValues(this SqliteDataReader reader)
    {
        var values = new object?[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return values;
    }
}
