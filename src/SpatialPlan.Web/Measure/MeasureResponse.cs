using System.Text.Json.Serialization;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Web.Measure;

/// <summary>
/// The answer of <c>POST /api/measure</c>. The member names are a contract other tools read: areas in m²
/// (<c>areaEllipsoidalM2</c>, <c>areaPlanarM2</c>), <c>perimeterM</c> or <c>lengthM</c>, <c>units</c> of the
/// ellipsoidal area, <c>method</c> and <c>breakdown</c>. Members that do not apply (areas of a line) are left out.
/// </summary>
public sealed record MeasureResponse(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("areaEllipsoidalM2")] double? AreaEllipsoidalM2,
    [property: JsonPropertyName("areaPlanarM2")] double? AreaPlanarM2,
    [property: JsonPropertyName("perimeterM")] double? PerimeterM,
    [property: JsonPropertyName("perimeterPlanarM")] double? PerimeterPlanarM,
    [property: JsonPropertyName("lengthM")] double? LengthM,
    [property: JsonPropertyName("lengthPlanarM")] double? LengthPlanarM,
    [property: JsonPropertyName("units")] MeasureResponse.AreaInUnits? Units,
    [property: JsonPropertyName("parts")] int Parts,
    [property: JsonPropertyName("holes")] int? Holes,
    [property: JsonPropertyName("vertices")] int Vertices,
    [property: JsonPropertyName("method")] MeasureResponse.MethodText Method,
    [property: JsonPropertyName("breakdown")] MeasureResponse.BreakdownParts? Breakdown)
{
    /// <summary>Rounding of the numbers: areas and lengths to 0.01 (m², m), km² to 1e-6, ha to 1e-4, 亩 to 1e-3.</summary>
    public const string Rounding = "m2 and m to 0.01; km2 to 0.000001, ha to 0.0001, mu to 0.001; zones and outside " +
                                   "rounded so that they add up to the rounded total";

    public sealed record AreaInUnits(
        [property: JsonPropertyName("km2")] double SquareKilometres,
        [property: JsonPropertyName("ha")] double Hectares,
        [property: JsonPropertyName("mu")] double Mu);

    public sealed record MethodText(
        [property: JsonPropertyName("crs")] string Crs,
        [property: JsonPropertyName("crsName")] string CrsName,
        [property: JsonPropertyName("ellipsoid")] string Ellipsoid,
        [property: JsonPropertyName("planar")] string Planar,
        [property: JsonPropertyName("ellipsoidal")] string Ellipsoidal,
        [property: JsonPropertyName("holes")] string Holes,
        [property: JsonPropertyName("breakdown")] string Breakdown,
        [property: JsonPropertyName("rounding")] string Rounding);

    public sealed record Part(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name_zh")] string NameZh,
        [property: JsonPropertyName("name_en")] string? NameEn,
        [property: JsonPropertyName("areaM2")] double AreaM2,
        [property: JsonPropertyName("areaPlanarM2")] double AreaPlanarM2);

    public sealed record BreakdownParts(
        [property: JsonPropertyName("zones")] IReadOnlyList<Part> Zones,
        [property: JsonPropertyName("phases")] IReadOnlyList<Part> Phases,
        [property: JsonPropertyName("outsideM2")] double OutsideM2,
        [property: JsonPropertyName("outsidePlanarM2")] double OutsidePlanarM2);

    private static readonly MethodText MethodNow = new(
        MeasurementMethod.Current.Crs, MeasurementMethod.Current.CrsName, MeasurementMethod.Current.Ellipsoid,
        MeasurementMethod.Current.Planar, MeasurementMethod.Current.Ellipsoidal, MeasurementMethod.Current.Holes,
        MeasurementMethod.Current.Breakdown, Rounding);

    public static MeasureResponse From(AreaMeasurement m)
    {
        if (m.Kind == MeasuredKind.Length)
        {
            return new MeasureResponse("length", null, null, null, null, Round(m.Metres), Round(m.PlanarMetres),
                null, m.Parts, null, m.Vertices, MethodNow, null);
        }

        var area = m.Area;
        return new MeasureResponse("area", Round(m.SquareMetres), Round(m.PlanarSquareMetres), Round(m.Metres),
            Round(m.PlanarMetres), null, null,
            new AreaInUnits(Round(area.SquareKilometres, 6), Round(area.Hectares, 4), Round(area.Mu, 3)),
            m.Parts, m.Holes, m.Vertices, MethodNow, m.Breakdown is { } b ? BreakdownOf(b, m) : null);
    }

    private static BreakdownParts BreakdownOf(ZoneBreakdown b, AreaMeasurement m)
    {
        // Zones and outside share the rounded total; phases are a finer view and are rounded one by one.
        var shares = RoundedShares.Split(m.SquareMetres, [.. b.Zones.Select(z => z.SquareMetres), b.OutsideSquareMetres]);
        var zones = b.Zones.Select((z, i) => new Part(z.Id, z.NameZh, z.NameEn, shares[i], Round(z.PlanarSquareMetres))).ToList();
        var phases = b.Phases.Select(p => new Part(p.Id, p.NameZh, p.NameEn, Round(p.SquareMetres), Round(p.PlanarSquareMetres))).ToList();
        return new BreakdownParts(zones, phases, shares[^1], Round(b.OutsidePlanarSquareMetres));
    }

    private static double Round(double value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
