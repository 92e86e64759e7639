using SkiaSharp;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Export;

/// <summary>
/// Paints a <see cref="MapScene"/> on any Skia canvas whose units are page points: the map clipped to its frame
/// (sea, layers, grid, labels), the neat line, then the furniture.
/// </summary>
public static class MapPainter
{
    public static async Task PaintAsync(SKCanvas canvas, MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        var (frame, layout, type) = (scene.Frame, scene.Layout, scene.Type);
        canvas.Clear(SKColors.White);

        canvas.Save();
        canvas.ClipRect(frame.Rect);
        using (var sea = new SKPaint { Color = Typography.Sea, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(frame.Rect, sea);
        }

        foreach (var layer in scene.Layers)
        {
            await LayerPainter.PaintAsync(canvas, layer, frame, cancellationToken);
        }

        if (scene.Spec.Furniture.Grid)
        {
            Graticule.Paint(canvas, frame, scene.Obstacles, fonts, type);
        }

        PaintLabels(canvas, scene.Labels, fonts, type);
        canvas.Restore();

        using (var neatLine = new SKPaint { Color = Typography.Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f * type.Scale })
        {
            canvas.DrawRect(frame.Rect, neatLine);
        }

        PaintTitle(canvas, scene, fonts);
        if (scene.Legend is not null && layout.Legend is { } legendBox)
        {
            new LegendPainter(scene.Legend, fonts, type).Paint(canvas, legendBox, scene.Layers.ToDictionary(l => l.Layer.Id), layout.LegendColumns);
        }

        if (scene.ScaleBar is not null && layout.ScaleBarOrigin is { } origin)
        {
            PanelBehind(canvas, scene.ScaleBar.Bounds(origin, type), overlay: true); // inside the frame on paper too: grid labels run there
            scene.ScaleBar.Paint(canvas, origin, fonts, type);
        }

        if (layout.NorthArrow is { } arrowBox)
        {
            NorthArrow.Paint(canvas, arrowBox, frame.Projection.Convergence(frame.CentreLon, frame.CentreLat), scene.Spec.Language, fonts, type);
        }

        PaintNote(canvas, scene, fonts);
    }

    /// <summary>Placed labels in their colours over a white halo (the export and the bare map image alike).</summary>
    internal static void PaintLabels(SKCanvas canvas, IReadOnlyList<PlacedLabel> labels, FontSet fonts, Typography type)
    {
        using var halo = new SKPaint
        {
            Color = SKColors.White.WithAlpha(220), Style = SKPaintStyle.Stroke, IsAntialias = true,
            StrokeJoin = SKStrokeJoin.Round, StrokeWidth = 2.2f * type.Scale,
        };
        foreach (var placed in labels)
        {
            using var font = fonts.Font(placed.Label.Size, placed.Label.Bold);
            using var ink = new SKPaint { Color = placed.Label.Colour, IsAntialias = true };
            halo.StrokeWidth = placed.Label.Size * 0.22f;
            TextRun.DrawWithHalo(canvas, placed.Label.Text, placed.Baseline.X, placed.Baseline.Y, font, ink, halo);
        }
    }

    private static void PaintTitle(SKCanvas canvas, MapScene scene, FontSet fonts)
    {
        if (scene.Title is null || scene.Layout.Title is not { } box)
        {
            return;
        }

        var type = scene.Type;
        PanelBehind(canvas, box, scene.Layout.Overlay);
        var left = box.Left + (scene.Layout.Overlay ? type.Padding : 0);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
        using var titleFont = fonts.Font(scene.TitleBlock.Size, bold: true);
        var y = box.Top;
        foreach (var line in scene.TitleBlock.Lines)
        {
            y += scene.TitleBlock.Size * 1.2f;
            TextRun.Draw(canvas, line, left, y - (scene.TitleBlock.Size * 0.15f), titleFont, ink);
        }

        if (scene.Subtitle is not null)
        {
            using var subtitleFont = fonts.Font(type.Subtitle);
            using var muted = new SKPaint { Color = Typography.Muted, IsAntialias = true };
            TextRun.Draw(canvas, scene.Subtitle, left, y + (type.Subtitle * 1.3f), subtitleFont, muted);
        }
    }

    private static void PaintNote(SKCanvas canvas, MapScene scene, FontSet fonts)
    {
        if (scene.NoteLines.Count == 0 || scene.Layout.Note is not { } box)
        {
            return;
        }

        var type = scene.Type;
        PanelBehind(canvas, box, scene.Layout.Overlay);
        var inset = scene.Layout.Overlay ? type.Padding : 0;
        using var font = fonts.Font(type.Note);
        using var ink = new SKPaint { Color = Typography.Muted, IsAntialias = true };
        var y = box.Top + (type.Note * 0.4f);
        foreach (var line in scene.NoteLines.SelectMany(l => TextWrap.Lines(l, font, box.Width - (2 * inset))))
        {
            y += type.Note * 1.35f;
            TextRun.Draw(canvas, line, box.Left + inset, y - (type.Note * 0.3f), font, ink);
        }
    }

    /// <summary>Over the map (pixel images), furniture stands on a white panel so it stays readable.</summary>
    private static void PanelBehind(SKCanvas canvas, SKRect box, bool overlay)
    {
        if (overlay)
        {
            using var panel = new SKPaint { Color = SKColors.White.WithAlpha(225), Style = SKPaintStyle.Fill };
            canvas.DrawRect(box, panel);
        }
    }
}
