using NetTopologySuite.Geometries;
using Npgsql;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>A feature from the current row of a reader, from <see cref="FeatureSql.FeatureColumns"/> starting at
/// the column <c>first</c>, with its version when <c>versioned</c> (a writable collection's record). Columns are read in order with async getters, so it works under
/// <see cref="System.Data.CommandBehavior.SequentialAccess"/> without blocking on a large geometry.</summary>
internal static class FeatureRowReader
{
    public static async Task<PlanFeature> ReadAsync(NpgsqlDataReader reader, int first, bool versioned, CancellationToken cancellationToken)
    {
        var id = await reader.GetFieldValueAsync<string>(first, cancellationToken);
        var geometry = await reader.GetFieldValueAsync<Geometry>(first + 1, cancellationToken);
        var properties = await reader.GetFieldValueAsync<string>(first + 2, cancellationToken);
        var names = await reader.GetFieldValueAsync<string[]>(first + 3, cancellationToken);
        var version = await reader.GetFieldValueAsync<int>(first + 4, cancellationToken);
        return new PlanFeature(id, geometry, PropertiesJson.Read(properties, names)) { Version = versioned ? version : null };
    }
}
