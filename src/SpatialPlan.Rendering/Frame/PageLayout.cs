using SkiaSharp;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// Where the map and each piece of furniture go on the page. On paper: margins, the title above the map, the
/// note below it, and the legend in a panel beside it (landscape) or in columns under it (portrait). On a
/// pixel image the map fills it and the furniture sits over it on white panels. <see cref="Obstacles"/> are
/// what labels keep clear of.
/// </summary>
public sealed record PageLayout(
    SKRect Frame,
    SKRect? Title,
    SKRect? Legend,
    SKRect? Note,
    SKPoint? ScaleBarOrigin,
    float ScaleBarMaxLength,
    SKRect? NorthArrow,
    bool Overlay,
    int LegendColumns = 1)
{
    private const float Mm = PageSetup.PointsPerMillimetre;

    /// <summary>The sheet's margin on paper, in points.</summary>
    public const float Margin = 10 * Mm;

    /// <summary>How wide the title may run: the sheet inside its margins, or three quarters of a pixel image.</summary>
    public static float TitleWidth(PageSetup page, Typography type) =>
        page.IsPaper ? page.Width - (2 * Margin) : (page.Width * 0.75f) - (2 * type.Padding);

    public IReadOnlyList<SKRect> Obstacles { get; init; } = [];

    /// <param name="titleHeight">Height of the title block, 0 without one.</param>
    /// <param name="titleWidth">Width of the title block's longest line.</param>
    /// <param name="legendHeight">The legend's height at a width and a number of columns; null without a legend.</param>
    /// <param name="noteHeight">The note's height at a width; null without a note.</param>
    public static PageLayout Create(PageSetup page, FurnitureSpec furniture, Typography type, float titleHeight, float titleWidth,
        Func<float, int, float>? legendHeight, Func<float, float>? noteHeight)
    {
        var pad = type.Padding;
        var sheet = new SKRect(0, 0, page.Width, page.Height);
        SKRect frame, title, note;
        SKRect? legend = null;
        var columns = 1;
        if (page.IsPaper)
        {
            var inner = SKRect.Inflate(sheet, -Margin, -Margin);
            var noteH = noteHeight?.Invoke(inner.Width) ?? 0;
            title = new SKRect(inner.Left, inner.Top, inner.Right, inner.Top + titleHeight);
            note = new SKRect(inner.Left, inner.Bottom - noteH, inner.Right, inner.Bottom);
            frame = new SKRect(inner.Left, title.Bottom + (titleHeight > 0 ? pad : 0), inner.Right, note.Top - (noteH > 0 ? pad : 0));
            if (legendHeight is not null && page.Width > page.Height)
            {
                // a second column when one would run past the map (a long catalogue: transport by kind and status)
                var panel = 62 * Mm * type.Scale;
                columns = legendHeight(panel, 1) <= frame.Height ? 1 : 2;
                panel *= columns;
                legend = new SKRect(frame.Right - panel, frame.Top, frame.Right, frame.Top + Math.Min(legendHeight(panel, columns), frame.Height));
                frame.Right -= panel + (4 * Mm);
            }
            else if (legendHeight is not null)
            {
                // portrait: a band of columns under the map, which keeps the whole map in view
                columns = 3;
                var height = Math.Min(legendHeight(frame.Width, columns), frame.Height * 0.45f);
                legend = new SKRect(frame.Left, frame.Bottom - height, frame.Right, frame.Bottom);
                frame.Bottom -= height + pad;
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
            if (legendHeight(width, 1) > bottom - frame.Top - pad)
            {
                // one column would run off the image: two, side by side
                columns = 2;
                width = Math.Min(frame.Width * 0.5f, width * 2);
            }

            var top = Math.Max(frame.Top + pad, bottom - legendHeight(width, columns));
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
            Overlay: !page.IsPaper,
            LegendColumns: columns);
        return layout.WithObstacles();
    }

    /// <summary>This layout with the legend (and scale bar) moved, as <see cref="LegendCorner"/> decides.</summary>
    public PageLayout WithLegendAt(SKRect legend, SKPoint? scaleBarOrigin) =>
        (this with { Legend = legend, ScaleBarOrigin = scaleBarOrigin }).WithObstacles();

    private PageLayout WithObstacles() => this with
    {
        Obstacles = new[] { Title, Legend, Note, NorthArrow }.OfType<SKRect>().Where(r => r.IntersectsWith(Frame)).ToList(),
    };
}
