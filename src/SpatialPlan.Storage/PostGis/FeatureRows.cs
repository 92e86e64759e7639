using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>Features to rows and back: lon/lat geometry, properties as JSONB plus their order.</summary>
internal static class FeatureRows
{
    /// <summary>The row of <paramref name="feature"/> at <paramref name="version"/> (0: never written, as seeding does).</summary>
    public static FeatureRow ToRow(string collectionId, PlanFeature feature, int version = 0)
    {
        var (json, names) = PropertiesJson.Write(feature.Attributes);
        return new FeatureRow
        {
            CollectionId = collectionId,
            FeatureId = feature.Id,
            Geometry = LonLat(feature.Geometry),
            Properties = json,
            PropertyNames = names,
            Version = version,
        };
    }

    /// <summary>The version row that keeps <paramref name="state"/> as the record's version <paramref name="number"/>.</summary>
    public static FeatureVersionRow ToVersionRow(
        string collectionId, PlanFeature state, int number, VersionAction action, string? author)
    {
        var (json, names) = PropertiesJson.Write(state.Attributes);
        return new FeatureVersionRow
        {
            CollectionId = collectionId,
            FeatureId = state.Id,
            Version = number,
            Action = action.ToString().ToLowerInvariant(),
            At = DateTimeOffset.UtcNow,
            Author = author,
            Geometry = LonLat(state.Geometry),
            Properties = json,
            PropertyNames = names,
        };
    }

    public static FeatureVersion ToVersion(FeatureVersionRow row) => new(
        row.FeatureId, row.Version, Enum.Parse<VersionAction>(row.Action, ignoreCase: true), row.At, row.Author,
        new PlanFeature(row.FeatureId, row.Geometry, PropertiesJson.Read(row.Properties, row.PropertyNames)));

    public static PlanFeature ToFeature(FeatureRow row) =>
        new(row.FeatureId, row.Geometry, PropertiesJson.Read(row.Properties, row.PropertyNames));

    /// <summary>The geometry with SRID 4326. An unset SRID (0, or NTS's default -1) is taken as lon/lat and the
    /// geometry copied through the lon/lat factory, so no SRID-0 geometry reaches the database; any other SRID is a
    /// caller's mistake.</summary>
    public static Geometry LonLat(Geometry geometry) => geometry.SRID switch
    {
        GeometryFactories.LonLatSrid => geometry,
        <= 0 => GeometryFactories.LonLat.CreateGeometry(geometry),
        _ => throw new ArgumentException(
            $"features are stored in lon/lat (EPSG:{GeometryFactories.LonLatSrid}); got SRID {geometry.SRID}", nameof(geometry)),
    };
}
