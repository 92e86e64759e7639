using SkiaSharp;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// Text sizes and colours of the furniture in points, chosen for A4 and grown with the sheet
/// (<see cref="Frame.PageSetup.TextScale"/>): at print size nothing is smaller than about 6 pt.
/// </summary>
public sealed record Typography(float Scale)
{
    public float Title => 20 * Scale;
    public float Subtitle => 11 * Scale;
    public float LegendTitle => 9.5f * Scale;
    public float LegendHeading => 7.5f * Scale;
    public float LegendEntry => 7.5f * Scale;
    public float Note => 6.5f * Scale;
    public float ScaleBar => 7.5f * Scale;
    public float Grid => 6.5f * Scale;
    public float LabelMajor => 11 * Scale;
    public float LabelMedium => 9 * Scale;
    public float LabelMinor => 7.5f * Scale;
    public float Padding => 6 * Scale;

    public static SKColor Ink { get; } = new(0x22, 0x22, 0x22);
    public static SKColor Muted { get; } = new(0x55, 0x55, 0x55);

    /// <summary>The map's background inside the frame: the sea, under the land basemap.</summary>
    public static SKColor Sea { get; } = new(0xe3, 0xee, 0xf6);
}
