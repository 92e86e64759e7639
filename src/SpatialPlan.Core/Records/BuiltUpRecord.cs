using System.Globalization;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Core.Records;

/// <summary>
/// A record of new built-up area (collection <c>built-up</c>): the parcel as a MultiPolygon, what the planner
/// said, and what was measured when it was saved — ellipsoidal and planar area, the zone and the development
/// phase it lies mostly in — with author and timestamps.
/// </summary>
public static class BuiltUpRecord
{
    /// <summary>The id of the one writable collection, where these records live.</summary>
    public const string Collection = Catalogue.PlanCollections.BuiltUp;

    /// <summary>A new record id: readable, sortable by day, unique without coordination.</summary>
    public static string NewId(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"bu-{now:yyyyMMdd}-{Guid.NewGuid():N}")[..20];

    /// <param name="id">The record's id.</param>
    /// <param name="parcel">A valid polygonal lon/lat geometry.</param>
    /// <param name="input">What the planner said.</param>
    /// <param name="measured">The measurement of <paramref name="parcel"/>, with its breakdown.</param>
    /// <param name="author">Who saves it.</param>
    /// <param name="now">When.</param>
    /// <param name="createdAt">When the record was first created (for a replacement); null for a new one.</param>
    public static PlanFeature Build(
        string id, Geometry parcel, BuiltUpInput input, AreaMeasurement measured, string author, DateTimeOffset now,
        DateTimeOffset? createdAt = null)
    {
        var zone = Largest(measured.Breakdown?.Zones);
        var phase = Largest(measured.Breakdown?.Phases);
        var at = (createdAt ?? now).ToString("O", CultureInfo.InvariantCulture);
        var attributes = new AttributesTable
        {
            { "id", id },
            { "name_zh", input.NameZh ?? $"建成区记录 {id}" },
            { "name_en", input.NameEn ?? $"Built-up record {id}" },
            { "built_year", input.BuiltYear is { } year ? (long)year : null },
            { "note", input.Note },
            { BuiltUpRules.SourceId, input.SourceId },
            { "zone", zone?.Id },
            { "zone_name_zh", zone?.NameZh },
            { "phase", phase?.NameZh },
            { "area_ellipsoidal_m2", Math.Round(measured.SquareMetres, 2) },
            { "area_planar_m2", Math.Round(measured.PlanarSquareMetres, 2) },
            { "area_km2", Math.Round(measured.Area.SquareKilometres, 6) },
            { "area_mu", Math.Round(measured.Area.Mu, 3) },
            { "measured_with", MeasurementMethod.Current.Crs + "; " + MeasurementMethod.Current.Ellipsoid },
            { "author", author },
            { "created_at", at },
            { "updated_at", now.ToString("O", CultureInfo.InvariantCulture) },
        };
        return new PlanFeature(id, AsMultiPolygon(parcel), attributes);
    }

    /// <summary>The zone or phase a parcel lies mostly in: the largest non-empty part, or null.</summary>
    public static BreakdownPart? Largest(IReadOnlyList<BreakdownPart>? parts) =>
        parts?.Where(p => p.SquareMetres > 0).OrderByDescending(p => p.SquareMetres).FirstOrDefault();

    /// <summary>The collection holds MultiPolygons (the PostGIS column and the catalogue say so).</summary>
    private static MultiPolygon AsMultiPolygon(Geometry parcel) => parcel switch
    {
        MultiPolygon m => m,
        Polygon p => GeometryFactories.LonLat.CreateMultiPolygon([p]),
        _ => throw new ArgumentException($"a built-up record is polygonal, not a {parcel.GeometryType}", nameof(parcel)),
    };
}
