namespace SpatialPlan.Core.Measurement;

/// <summary>
/// An area in the units Chinese planners use: 平方公里 (km²), 公顷 (ha) and 亩 (1 亩 = 10000/15 m²).
/// </summary>
public readonly record struct AreaUnits(double SquareMetres)
{
    /// <summary>One 亩 in m²: 10000/15 (666.67), the market mu (市亩).</summary>
    public const double SquareMetresPerMu = 10_000.0 / 15.0;

    /// <summary>The area in km² (平方公里), unrounded.</summary>
    public double SquareKilometres => SquareMetres / 1_000_000.0;

    /// <summary>The area in ha (公顷), unrounded.</summary>
    public double Hectares => SquareMetres / 10_000.0;

    /// <summary>The area in 亩, unrounded.</summary>
    public double Mu => SquareMetres / SquareMetresPerMu;
}
