using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.PostGis;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>The SQL EF Core generates for a feature query (no database needed), as efcore.pg's AssertSql does.</summary>
public sealed class FeatureQuerySqlTests
{
    private static string Sql(Envelope? bbox, int limit, int offset)
    {
        using var db = PostGisStores.Contexts("Host=unused").CreateDbContext();
        var matching = FeatureQueries.Matching(db, "parcels", bbox);
        return FeatureQueries.Page(matching, new FeatureQuery(bbox, limit, offset)).ToQueryString();
    }

    [Fact]
    public void FiltersByBboxWithStIntersectsOnTheBareColumnAndPagesByFeatureId() => Assert.Equal("""
        -- @collectionId='parcels'
        -- @box='POLYGON ((120.88 27.935, 120.88 27.965, 120.94 27.965, 120.94 27.935, 120.88 27.935))' (DbType = Object)
        -- @p3='10'
        -- @p='20'
        SELECT f.collection_id, f.feature_id, f.geometry, f.properties, f.property_names
        FROM features AS f
        WHERE f.collection_id = @collectionId AND ST_Intersects(f.geometry, @box)
        ORDER BY f.feature_id
        LIMIT @p3 OFFSET @p
        """, Sql(new Envelope(120.88, 120.94, 27.935, 27.965), limit: 10, offset: 20), ignoreLineEndingDifferences: true);

    [Fact]
    public void LeavesTheGeometryOutOfTheQueryWithoutABbox() => Assert.DoesNotContain(
        "geometry,", Sql(null, 10, 0).Split("FROM")[1], StringComparison.Ordinal);

    [Fact]
    public void NeverTransformsTheColumn() =>
        Assert.DoesNotContain("ST_Transform", Sql(new Envelope(120.88, 120.94, 27.935, 27.965), 10, 0), StringComparison.Ordinal);
}
