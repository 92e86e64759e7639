using NetTopologySuite.Geometries;
using Npgsql;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.PostGis;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>The SQL the store sends for a page (no database needed), as efcore.pg's AssertSql does.</summary>
public sealed class FeatureQuerySqlTests
{
    private static NpgsqlCommand Page(Envelope? bbox, int limit, int offset)
    {
        using var connection = new NpgsqlConnection();
        return FeatureSql.Page(connection, "parcels", new FeatureQuery { Bbox = bbox, Limit = limit, Offset = offset });
    }

    [Fact]
    public void CountsAndPagesInOneStatementFilteringWithStIntersectsOnTheBareColumn()
    {
        using var command = Page(new Envelope(120.88, 120.94, 27.935, 27.965), limit: 10, offset: 20);

        Assert.Equal("""
            SELECT (SELECT count(*) FROM features WHERE collection_id = $1 AND ST_Intersects(geometry, $2)) AS number_matched, feature_id, geometry, properties, property_names, version
            FROM features
            WHERE collection_id = $1 AND ST_Intersects(geometry, $2)
            ORDER BY feature_id
            LIMIT $3 OFFSET $4
            """, command.CommandText, ignoreLineEndingDifferences: true);
        Assert.Equal(["parcels", "POLYGON ((120.88 27.935, 120.88 27.965, 120.94 27.965, 120.94 27.935, 120.88 27.935))", 10, 20],
            command.Parameters.Select(p => p.Value is Geometry g ? g.AsText() : p.Value));
    }

    [Fact]
    public void LeavesTheGeometryOutOfTheFilterWithoutABbox()
    {
        using var command = Page(null, 10, 0);

        Assert.DoesNotContain("ST_Intersects", command.CommandText, StringComparison.Ordinal);
        Assert.Contains("LIMIT $2 OFFSET $3", command.CommandText, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverTransformsTheColumn()
    {
        using var command = Page(new Envelope(120.88, 120.94, 27.935, 27.965), 10, 0);

        Assert.DoesNotContain("ST_Transform", command.CommandText, StringComparison.Ordinal);
    }
}
