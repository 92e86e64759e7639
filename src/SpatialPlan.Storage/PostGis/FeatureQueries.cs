using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>The SQL of a feature query, built in one place so a test can read it (<c>ToQueryString()</c>).</summary>
internal static class FeatureQueries
{
    /// <summary>Rows of the collection whose geometry intersects the box: <c>ST_Intersects(geometry, @box)</c>
    /// on the bare column (so the GiST index is used) against a 4326 polygon parameter. A feature that only
    /// touches the box's edge counts, as in the embedded store.</summary>
    public static IQueryable<FeatureRow> Matching(SpatialPlanDbContext db, string collectionId, Envelope? bbox)
    {
        var rows = db.Features.AsNoTracking().Where(f => f.CollectionId == collectionId);
        if (bbox is null)
        {
            return rows;
        }

        var box = GeometryFactories.LonLat.ToGeometry(bbox);
        return rows.Where(f => f.Geometry.Intersects(box));
    }

    /// <summary>One page in feature id order; the column's "C" collation makes it the embedded store's ordinal order.</summary>
    public static IQueryable<FeatureRow> Page(IQueryable<FeatureRow> matching, FeatureQuery query) =>
        matching.OrderBy(f => f.FeatureId).Skip(query.Offset).Take(query.Limit);
}
