namespace SpatialPlan.Core.Measurement;

/// <summary>The part of a measured shape inside one zone or phase.</summary>
/// <param name="Id">The zone's feature id, or the phase's id (e.g. <c>phase-i</c>).</param>
/// <param name="SquareMetres">Ellipsoidal area of the part (see <see cref="MeasurementMethod.Breakdown"/>).</param>
/// <param name="PlanarSquareMetres">Area of the part in the plane of EPSG:4549.</param>
/// <param name="NameZh">The zone's or phase's Chinese name.</param>
/// <param name="NameEn">Its English name, or null where the geodata has none.</param>
public sealed record BreakdownPart(string Id, string NameZh, string? NameEn, double SquareMetres, double PlanarSquareMetres);

/// <summary>
/// Where a measured area lies: in each 一核三区 zone, outside every zone, and in each development-area phase.
/// The zones do not overlap, so <see cref="Zones"/> plus <see cref="OutsideSquareMetres"/> add up to the
/// whole area; the phases lie inside the core zone and are a second, finer view of it.
/// </summary>
public sealed record ZoneBreakdown(
    IReadOnlyList<BreakdownPart> Zones,
    IReadOnlyList<BreakdownPart> Phases,
    double OutsideSquareMetres,
    double OutsidePlanarSquareMetres);
