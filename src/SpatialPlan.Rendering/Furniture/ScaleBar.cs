using System.Globalization;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// A scale bar of a round ground length (1, 2 or 5 × 10ⁿ m) in true metres at the map's centre, so it holds
/// whatever the projection's scale factor there; labelled in m below 1 km, else km.
/// </summary>
public sealed record ScaleBar(double GroundMetres, float LengthPoints, int Segments)
{
    private static readonly int[] RoundMultiples = [5, 2, 1];

    /// <summary>The longest round length that fits in <paramref name="maxPoints"/> of paper.</summary>
    public static ScaleBar For(MapFrame frame, float maxPoints)
    {
        var maxMetres = maxPoints * frame.GroundMetresPerPoint;
        var power = Math.Pow(10, Math.Floor(Math.Log10(maxMetres)));
        var step = RoundMultiples.Select(m => m * power).First(v => v <= maxMetres);
        var segments = (step / power) switch { 5 => 5, 2 => 4, _ => 4 };
        return new ScaleBar(step, (float)(step / frame.GroundMetresPerPoint), segments);
    }

    public static string Format(double metres) => metres >= 1000
        ? (metres / 1000).ToString("0.###", CultureInfo.InvariantCulture) + " km"
        : metres.ToString("0.###", CultureInfo.InvariantCulture) + " m";

    /// <summary>Draws the bar with its left end at <paramref name="origin"/> (the bar's bottom edge), labels above.</summary>
    public void Paint(SKCanvas canvas, SKPoint origin, FontSet fonts, Typography type)
    {
        var height = 3.5f * type.Scale;
        var top = origin.Y - height;
        using var black = new SKPaint { Color = Typography.Ink, Style = SKPaintStyle.Fill };
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = Typography.Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f * type.Scale };
        var segment = LengthPoints / Segments;
        for (var i = 0; i < Segments; i++)
        {
            canvas.DrawRect(SKRect.Create(origin.X + (i * segment), top, segment, height), i % 2 == 0 ? black : white);
        }

        canvas.DrawRect(SKRect.Create(origin.X, top, LengthPoints, height), outline);
        using var font = fonts.Font(type.ScaleBar);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
        var labelY = top - (type.ScaleBar * 0.4f);
        TextRun.Draw(canvas, "0", origin.X, labelY, font, ink, SKTextAlign.Center);
        TextRun.Draw(canvas, Format(GroundMetres), origin.X + LengthPoints, labelY, font, ink, SKTextAlign.Center);
    }

    /// <summary>The box the bar and its labels take, for layout and label avoidance.</summary>
    public SKRect Bounds(SKPoint origin, Typography type) => SKRect.Create(
        origin.X - (type.ScaleBar * 1.5f), origin.Y - (3.5f * type.Scale) - (type.ScaleBar * 1.6f),
        LengthPoints + (type.ScaleBar * 4), (3.5f * type.Scale) + (type.ScaleBar * 1.8f));
}
