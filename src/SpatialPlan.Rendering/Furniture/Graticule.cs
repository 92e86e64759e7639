using System.Globalization;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// The optional coordinate grid: meridians and parallels at a round step in minutes, drawn as the projection
/// curves them, with ticks on the neat line and degree-minute labels along the bottom and left edges.
/// </summary>
public static class Graticule
{
    private static readonly int[] StepsInMinutes = [1, 2, 5, 10, 15, 20, 30, 60];

    public static void Paint(SKCanvas canvas, MapFrame frame, IReadOnlyList<SKRect> obstacles, FontSet fonts, Typography type)
    {
        var box = frame.LonLatEnvelope;
        var stepMinutes = StepsInMinutes.FirstOrDefault(m => Math.Max(box.Width, box.Height) * 60 / m <= 7, 60);
        var step = stepMinutes / 60.0;
        using var line = new SKPaint { Color = new SKColor(0x40, 0x40, 0x40, 110), Style = SKPaintStyle.Stroke, StrokeWidth = 0.35f * type.Scale, IsAntialias = true };
        using var tick = new SKPaint { Color = Typography.Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f * type.Scale };
        using var font = fonts.Font(type.Grid);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
        using var halo = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 1.8f * type.Scale, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        var r = frame.Rect;
        var tickLength = 3 * type.Scale;

        for (var lon = Math.Ceiling(box.MinX / step) * step; lon <= box.MaxX; lon += step)
        {
            var points = Sample(t => frame.LonLatToPage(lon, box.MinY + (box.Height * t)));
            canvas.DrawPoints(SKPointMode.Polygon, points, line);
            if (Crossing(points, p => p.Y, p => p.X, r.Bottom) is { } x && x > r.Left + (type.Grid * 3) && x < r.Right - (type.Grid * 3) &&
                Clear(obstacles, SKRect.Create(x - (type.Grid * 3), r.Bottom - (type.Grid * 2), type.Grid * 6, type.Grid * 2)))
            {
                canvas.DrawLine(x, r.Bottom, x, r.Bottom - tickLength, tick);
                TextRun.DrawWithHalo(canvas, Format(lon, "E", "W"), x, r.Bottom - tickLength - (type.Grid * 0.4f), font, ink, halo, SKTextAlign.Center);
            }
        }

        for (var lat = Math.Ceiling(box.MinY / step) * step; lat <= box.MaxY; lat += step)
        {
            var points = Sample(t => frame.LonLatToPage(box.MinX + (box.Width * t), lat));
            canvas.DrawPoints(SKPointMode.Polygon, points, line);
            if (Crossing(points, p => p.X, p => p.Y, r.Left) is { } y && y > r.Top + (type.Grid * 2) && y < r.Bottom - (type.Grid * 4) &&
                Clear(obstacles, SKRect.Create(r.Left, y - type.Grid, type.Grid * 6, type.Grid * 1.5f)))
            {
                canvas.DrawLine(r.Left, y, r.Left + tickLength, y, tick);
                TextRun.DrawWithHalo(canvas, Format(lat, "N", "S"), r.Left + tickLength + (type.Grid * 0.3f), y + (type.Grid * 0.35f), font, ink, halo);
            }
        }
    }

    /// <summary>A coordinate label only where no furniture (scale bar, legend, note) covers it.</summary>
    private static bool Clear(IReadOnlyList<SKRect> obstacles, SKRect label) => !obstacles.Any(o => o.IntersectsWith(label));

    /// <summary>Degrees and whole minutes, as 120°50′E.</summary>
    public static string Format(double degrees, string positive, string negative)
    {
        var totalMinutes = (int)Math.Round(Math.Abs(degrees) * 60);
        var text = string.Create(CultureInfo.InvariantCulture, $"{totalMinutes / 60}°{totalMinutes % 60:00}′");
        return text + (degrees >= 0 ? positive : negative);
    }

    private static SKPoint[] Sample(Func<double, SKPoint> at) =>
        Enumerable.Range(0, 41).Select(i => at(i / 40.0)).ToArray();

    /// <summary>Where the polyline crosses the line <paramref name="along"/> = value: the other coordinate there.</summary>
    private static float? Crossing(SKPoint[] points, Func<SKPoint, float> along, Func<SKPoint, float> other, float value)
    {
        for (var i = 1; i < points.Length; i++)
        {
            var (a, b) = (along(points[i - 1]) - value, along(points[i]) - value);
            if (a * b <= 0 && a != b)
            {
                var t = a / (a - b);
                return other(points[i - 1]) + ((other(points[i]) - other(points[i - 1])) * t);
            }
        }

        return null;
    }
}
