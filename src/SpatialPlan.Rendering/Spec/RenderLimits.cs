namespace SpatialPlan.Rendering.Spec;

/// <summary>
/// What one export may ask for. The pixel cap bounds the raster's memory (4 bytes a pixel) and is checked before
/// anything is allocated.
/// </summary>
public sealed record RenderLimits
{
    public int MinDpi { get; init; } = 96;
    public int MaxDpi { get; init; } = 300;

    /// <summary>Largest raster: 25 MP is 100 MB of RGBA; A3 at 300 DPI is 17.4 MP.</summary>
    public long MaxPixels { get; init; } = 25_000_000;
    public int MinSide { get; init; } = 64;
    public int MaxSide { get; init; } = 10_000;

    /// <summary>Widest box in degrees: the Gauss-Krüger zone is 3° wide and the data covers less than 1°.</summary>
    public double MaxSpanDegrees { get; init; } = 3.0;
    public double MinScale { get; init; } = 1_000;
    public double MaxScale { get; init; } = 1_000_000;
    public int MaxTextLength { get; init; } = 200;
}
