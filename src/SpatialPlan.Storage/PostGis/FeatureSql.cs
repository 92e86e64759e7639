using Npgsql;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// The SQL of the reads, written out in one place so a test can read it and EXPLAIN the very command sent.
/// A bbox is <c>ST_Intersects(geometry, $2)</c> on the bare column (so the GiST index is used) against a 4326
/// polygon parameter: a feature that only touches the box's edge counts, as in the embedded store.
/// </summary>
internal static class FeatureSql
{
    /// <summary>The columns <see cref="FeatureRowReader"/> reads, in its order.</summary>
    public const string FeatureColumns = "feature_id, geometry, properties, property_names, version";

    /// <summary>The count and the page in one statement, so one round trip and one snapshot: the count is an
    /// InitPlan run once, repeated on each row; the page comes in feature id order (the column's "C" collation
    /// is the embedded store's ordinal order) straight from the primary key or the GiST index.</summary>
    public static NpgsqlCommand Page(NpgsqlConnection connection, string collectionId, FeatureQuery query)
    {
        var values = new List<object> { collectionId };
        var matching = Matching(query, values);
        var counts = $"(SELECT count(*) FROM features WHERE {matching}) AS number_matched";
        var selected = matching;
        if (query.After is { } after)
        {
            // Keyset: the rows after the cursor, straight from the primary key, and how many there are.
            values.Add(after);
            selected = $"{matching} AND feature_id > ${values.Count}";
            counts += $", (SELECT count(*) FROM features WHERE {selected}) AS number_remaining";
        }

        var columns = Columns(query.Crs, values);
        var order = string.Join(", ", query.SortBy.Select(k => FilterSql.SortExpression(k, values)).Append("feature_id"));
        values.AddRange([query.Limit, query.Offset]);
        return Command(connection, $"""
            SELECT {counts}, {columns}
            FROM features
            WHERE {selected}
            ORDER BY {order}
            LIMIT ${values.Count - 1} OFFSET ${values.Count}
            """, values);
    }

    /// <summary>Where the feature columns start in a <see cref="Page"/> row: after one count, or two with a cursor.</summary>
    public static int FirstFeatureColumn(FeatureQuery query) => query.After is null ? 1 : 2;

    /// <summary>The record's row, locked until the transaction ends: writers of one record wait for each other here,
    /// and each then sees the row as the last one left it (or no row, once it was deleted).</summary>
    public static FormattableString LockedRow(string collectionId, string featureId) =>
        $"SELECT * FROM features WHERE collection_id = {collectionId} AND feature_id = {featureId} FOR UPDATE";

    /// <summary>The count alone, for a page past the end (no row to carry it).</summary>
    public static NpgsqlCommand Count(NpgsqlConnection connection, string collectionId, FeatureQuery query)
    {
        var values = new List<object> { collectionId };
        return Command(connection, $"SELECT count(*) FROM features WHERE {Matching(query, values)}", values);
    }

    public static NpgsqlCommand One(NpgsqlConnection connection, string collectionId, string featureId) =>
        Command(connection, $"SELECT {FeatureColumns} FROM features WHERE collection_id = $1 AND feature_id = $2",
            collectionId, featureId);

    public static NpgsqlCommand Extent(NpgsqlConnection connection, string collectionId) => Command(connection, """
        SELECT ST_XMin(e), ST_XMax(e), ST_YMin(e), ST_YMax(e)
        FROM (SELECT ST_Extent(geometry) AS e FROM features WHERE collection_id = $1) AS s
        """, collectionId);

    /// <summary>The rows of the collection ($1) inside the query's box and passing its filter, if any (added to <paramref name="values"/>). A
    /// projected box is sent in its own CRS and transformed here, once per statement: the column never is.</summary>
    private static string Matching(FeatureQuery query, List<object> values)
    {
        var filter = query.Filter is { } f ? " AND " + FilterSql.Condition(f, values) : "";
        if (query.Bbox is not { } bbox)
        {
            return "collection_id = $1" + filter;
        }

        if (!query.BboxCrs.Projected)
        {
            values.Add(GeometryFactories.LonLat.ToGeometry(bbox)); // CRS84 and CGCS2000 coincide here: the box as it is
            return $"collection_id = $1 AND ST_Intersects(geometry, ${values.Count}){filter}";
        }

        values.Add(query.BboxCrs.Box(bbox));
        return $"collection_id = $1 AND ST_Intersects(geometry, ST_Transform(${values.Count}, {GeometryFactories.LonLatSrid})){filter}";
    }

    /// <summary><see cref="FeatureColumns"/> with the geometry transformed to <paramref name="crs"/> (its SRID added to
    /// <paramref name="values"/>) unless that is the stored lon/lat.</summary>
    private static string Columns(ServedCrs crs, List<object> values)
    {
        if (crs == ServedCrs.Crs84)
        {
            return FeatureColumns;
        }

        values.Add(crs.Srid);
        return FeatureColumns.Replace("geometry", $"ST_Transform(geometry, ${values.Count}) AS geometry", StringComparison.Ordinal);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params IEnumerable<object> values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
