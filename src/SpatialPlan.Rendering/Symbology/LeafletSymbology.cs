using System.Globalization;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Rendering.Symbology;

/// <summary>
/// The one place Leaflet Path options (the catalogue's <see cref="PathStyle"/>) become Skia paints, with Leaflet's
/// own defaults (<c>src/layer/vector/Path.js</c>). Sizes are CSS pixels, 1/96 inch, so a print matches the screen
/// at 96 DPI. The map and the legend both draw through here.
/// </summary>
public static class LeafletSymbology
{
    /// <summary>Points (1/72 inch) per CSS pixel (1/96 inch).</summary>
    public const float PointsPerCssPixel = 72f / 96f;

    private const string DefaultColor = "#3388ff";
    private const double DefaultWeight = 3;
    private const double DefaultOpacity = 1;
    private const double DefaultFillOpacity = 0.2;
    private const double DefaultRadius = 10;

    /// <summary>
    /// The options Leaflet draws a path (or circle marker) with: the style's own, Leaflet's defaults for the rest,
    /// and the fill colour falling back to the stroke colour as Leaflet's renderers do. Every paint starts here.
    /// </summary>
    public static LeafletPathOptions Resolve(PathStyle style) => new(
        style.Color ?? DefaultColor,
        style.Weight ?? DefaultWeight,
        style.Opacity ?? DefaultOpacity,
        style.FillColor ?? style.Color ?? DefaultColor,
        style.FillOpacity ?? DefaultFillOpacity,
        style.DashArray,
        style.Radius ?? DefaultRadius);

    /// <summary>The outline paint, or null where the style draws none (weight or opacity 0).</summary>
    public static SKPaint? Stroke(PathStyle style, double layerOpacity)
    {
        var resolved = Resolve(style);
        var weight = resolved.Weight;
        var alpha = resolved.Opacity * layerOpacity;
        if (weight <= 0 || alpha <= 0)
        {
            return null;
        }

        return new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            Color = Colour(resolved.Color, alpha),
            StrokeWidth = (float)weight * PointsPerCssPixel,
            StrokeCap = SKStrokeCap.Round, // Leaflet lineCap 'round'
            StrokeJoin = SKStrokeJoin.Round, // Leaflet lineJoin 'round'
            PathEffect = Dash(resolved.DashArray),
        };
    }

    /// <summary>The fill paint (Leaflet: fillColor defaults to color), or null where the fill is transparent.</summary>
    public static SKPaint? Fill(PathStyle style, double layerOpacity)
    {
        var resolved = Resolve(style);
        var alpha = resolved.FillOpacity * layerOpacity;
        if (alpha <= 0)
        {
            return null;
        }

        return new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Fill,
            Color = Colour(resolved.FillColor, alpha),
        };
    }

    /// <summary>The radius in points of a point symbol (Leaflet CircleMarker radius).</summary>
    public static float Radius(PathStyle style) => (float)Resolve(style).Radius * PointsPerCssPixel;

    /// <summary>A CSS hex colour (#rgb or #rrggbb) at an opacity; anything else falls back to Leaflet's blue.</summary>
    public static SKColor Colour(string css, double opacity)
    {
        var colour = SKColor.TryParse(css, out var parsed) ? parsed : SKColor.Parse(DefaultColor);
        return colour.WithAlpha((byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255));
    }

    /// <summary>SVG dash lengths ("4 3" or "4,3") in CSS pixels; an odd list repeats, as SVG does.</summary>
    private static SKPathEffect? Dash(string? dashArray)
    {
        if (string.IsNullOrWhiteSpace(dashArray))
        {
            return null;
        }

        var lengths = dashArray.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => float.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1)
            .ToList();
        if (lengths.Count == 0 || lengths.Any(v => v < 0) || lengths.Sum() <= 0)
        {
            return null;
        }

        if (lengths.Count % 2 == 1)
        {
            lengths.AddRange(lengths);
        }

        return SKPathEffect.CreateDash(lengths.Select(v => v * PointsPerCssPixel).ToArray(), 0);
    }
}
