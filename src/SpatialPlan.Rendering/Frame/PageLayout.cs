using SkiaSharp;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// Where the map and each piece of furniture go on the page. On paper: margins, the title above the map, the
/// note below it, and the legend in a panel beside it (landscape) or over its corner (portrait). On a pixel
/// image the map fills it and the furniture sits over it on white panels. <see cref="Obstacles"/> are what
/// labels keep clear of.
/// </summary>
public sealed record PageLayout(
    SKRect Frame,
    SKRect? Title,
    SKRect? Legend,
    SKRect? Note,
    SKPoint? ScaleBarOrigin,
    float ScaleBarMaxLength,
    SKRect? NorthArrow,
    bool Overlay)
{
    private const float Mm = PageSetup.PointsPerMillimetre;

    public IReadOnlyList<SKRect> Obstacles { get; init; } = [];

    /// <param name="titleHeight">Height of the title block, 0 without one.</param>
    /// <param name="titleWidth">Width of the title block's longest line.</param>
    /// <param name="legendHeight">The legend's height at a column width; null without a legend.</param>
    /// <param name="noteHeight">The note's height at a width; null without a note.</param>
    public static PageLayout Create(PageSetup page, FurnitureSpec furniture, Typography type, float titleHeight, float titleWidth,
        Func<float, float>? legendHeight, Func<float, float>? noteHeight)
    {
        var pad = type.Padding;
        var sheet = new SKRect(0, 0, page.Width, page.Height);
        SKRect frame, title, note;
        SKRect? legend = null;
        if (page.IsPaper)
        {
            var margin = 10 * Mm;
            var inner = SKRect.Inflate(sheet, -margin, -margin);
            var noteH = noteHeight?.Invoke(inner.Width) ?? 0;
            title = new SKRect(inner.Left, inner.Top, inner.Right, inner.Top + titleHeight);
            note = new SKRect(inner.Left, inner.Bottom - noteH, inner.Right, inner.Bottom);
            frame = new SKRect(inner.Left, title.Bottom + (titleHeight > 0 ? pad : 0), inner.Right, note.Top - (noteH > 0 ? pad : 0));
            if (legendHeight is not null && page.Width > page.Height)
            {
                var panel = 62 * Mm * type.Scale;
                legend = new SKRect(frame.Right - panel, frame.Top, frame.Right, frame.Top + Math.Min(legendHeight(panel), frame.Height));
                frame.Right -= panel + (4 * Mm);
            }
        }
        else
        {
            frame = sheet;
            var noteH = noteHeight?.Invoke(sheet.Width - (2 * pad)) ?? 0;
            note = new SKRect(0, sheet.Bottom - noteH, sheet.Right, sheet.Bottom);
            title = SKRect.Create(pad, pad, Math.Min(titleWidth + (2 * pad), sheet.Width * 0.75f), titleHeight);
        }

        if (legendHeight is not null && legend is null)
        {
            var width = Math.Min(frame.Width * 0.34f, 62 * Mm * type.Scale);
            var bottom = (page.IsPaper ? frame.Bottom : note.Top) - pad;
            var top = Math.Max(frame.Top + pad, bottom - legendHeight(width));
            legend = new SKRect(frame.Right - pad - width, top, frame.Right - pad, bottom);
        }

        var arrowSize = Furniture.NorthArrow.Size(type);
        var arrow = SKRect.Create(frame.Right - pad - arrowSize.Width - (4 * type.Scale), frame.Top + pad, arrowSize.Width, arrowSize.Height);
        var barBottom = (page.IsPaper ? frame.Bottom : note.Top) - (pad * 1.5f);
        var layout = new PageLayout(frame,
            titleHeight > 0 ? title : null,
            legend,
            noteHeight is not null ? note : null,
            furniture.ScaleBar ? new SKPoint(frame.Left + (pad * 2), barBottom) : null,
            Math.Min(frame.Width * 0.3f, 170 * type.Scale),
            furniture.NorthArrow ? arrow : null,
            Overlay: !page.IsPaper);
        return layout with { Obstacles = new[] { layout.Title, layout.Legend, layout.Note, layout.NorthArrow }
            .OfType<SKRect>().Where(r => r.IntersectsWith(frame)).ToList() };
    }
}
