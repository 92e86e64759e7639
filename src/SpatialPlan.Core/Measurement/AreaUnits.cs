namespace SpatialPlan.Core.Measurement;

/// <summary>
/// An area in the units Chinese planners use: 平方公里 (km²), 公顷 (ha) and 亩 (1 亩 = 10000/15 m²).
/// </summary>
public readonly record struct AreaUnits(double SquareMetres)
{
    public const double SquareMetresPerMu = 10_000.0 / 15.0;

    public double SquareKilometres => SquareMetres / 1_000_000.0;

    public double Hectares => SquareMetres / 10_000.0;

    public double Mu => SquareMetres / SquareMetresPerMu;
}
