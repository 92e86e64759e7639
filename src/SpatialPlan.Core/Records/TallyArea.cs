namespace SpatialPlan.Core.Records;

/// <summary>
/// An area of the built-up tally, ellipsoidal (CGCS2000) with the planar EPSG:4549 figure beside it, in m² rounded
/// to 0.01 m². Decimal, so that a total made by adding its pieces is exactly their sum, in the API's JSON too.
/// </summary>
/// <param name="SquareMetres">Ellipsoidal area on CGCS2000 with geodesic edges.</param>
/// <param name="PlanarSquareMetres">Area in the plane of EPSG:4549.</param>
public readonly record struct TallyArea(decimal SquareMetres, decimal PlanarSquareMetres)
{
    /// <summary>No area.</summary>
    public static TallyArea Zero => default;

    /// <summary>An area measured in doubles, rounded to 0.01 m² (half away from zero).</summary>
    public static TallyArea Of(double squareMetres, double planarSquareMetres) =>
        new(Round(squareMetres), Round(planarSquareMetres));

    /// <summary>The sum of two areas, exact.</summary>
    public static TallyArea operator +(TallyArea a, TallyArea b) =>
        new(a.SquareMetres + b.SquareMetres, a.PlanarSquareMetres + b.PlanarSquareMetres);

    /// <summary>The difference of two areas, exact.</summary>
    public static TallyArea operator -(TallyArea a, TallyArea b) =>
        new(a.SquareMetres - b.SquareMetres, a.PlanarSquareMetres - b.PlanarSquareMetres);

    /// <summary>The sum of many areas, exact.</summary>
    public static TallyArea Sum(IEnumerable<TallyArea> areas) => areas.Aggregate(Zero, (sum, a) => sum + a);

    private static decimal Round(double value) =>
        double.IsFinite(value) ? Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero) : 0m;
}
