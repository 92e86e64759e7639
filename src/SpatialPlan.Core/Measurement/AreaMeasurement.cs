namespace SpatialPlan.Core.Measurement;

/// <summary>What was measured: the area of polygons or the length of lines.</summary>
public enum MeasuredKind
{
    /// <summary>Polygons: the areas are measured, the lengths are perimeters.</summary>
    Area,
    /// <summary>Lines: the lengths are measured, the areas are 0.</summary>
    Length,
}

/// <summary>
/// The measurement of one lon/lat shape, as <see cref="MeasureOp"/> makes it and a built-up record keeps it.
/// Areas are in square metres, lengths in metres; <see cref="MeasurementMethod.Current"/> states how.
/// </summary>
/// <param name="Kind">Area for polygons, Length for lines (whose areas are 0).</param>
/// <param name="SquareMetres">Ellipsoidal area on CGCS2000 with geodesic edges, holes subtracted.</param>
/// <param name="PlanarSquareMetres">Area in the plane of EPSG:4549.</param>
/// <param name="Metres">Geodesic length: the perimeter of polygons (hole boundaries included) or the length of lines.</param>
/// <param name="PlanarMetres">The same length in the plane of EPSG:4549.</param>
/// <param name="Parts">Polygons or lines in the shape.</param>
/// <param name="Holes">Holes of all its polygons.</param>
/// <param name="Vertices">Coordinates as given (closing ones included).</param>
/// <param name="Breakdown">The area by zone and phase; null for lines or when not asked for.</param>
public sealed record AreaMeasurement(
    MeasuredKind Kind,
    double SquareMetres,
    double PlanarSquareMetres,
    double Metres,
    double PlanarMetres,
    int Parts,
    int Holes,
    int Vertices,
    ZoneBreakdown? Breakdown)
{
    /// <summary>The ellipsoidal area in km², 公顷 and 亩.</summary>
    public AreaUnits Area => new(SquareMetres);
}
