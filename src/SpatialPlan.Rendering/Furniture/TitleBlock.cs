using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// The title fitted to the width it may use: set smaller (down to 65%) before it wraps, so a long English title
/// stays on the sheet; with the subtitle's line below it.
/// </summary>
public sealed record TitleBlock(IReadOnlyList<string> Lines, float Size, float Width, float Height)
{
    public static TitleBlock Empty { get; } = new([], 0, 0, 0);

    public static TitleBlock Fit(string? title, string? subtitle, float maxWidth, FontSet fonts, Typography type)
    {
        if (title is null)
        {
            return Empty;
        }

        using var full = fonts.Font(type.Title, bold: true);
        var size = type.Title * Math.Clamp(maxWidth / Math.Max(TextRun.Width(title, full), 1), 0.65f, 1f);
        using var font = fonts.Font(size, bold: true);
        var lines = TextWrap.Lines(title, font, maxWidth);
        using var subtitleFont = fonts.Font(type.Subtitle);
        var width = Math.Max(lines.Max(l => TextRun.Width(l, font)), subtitle is null ? 0 : TextRun.Width(subtitle, subtitleFont));
        var height = (lines.Count * size * 1.2f) + (subtitle is null ? 0 : type.Subtitle * 1.5f) + (type.Padding * 0.6f);
        return new TitleBlock(lines, size, Math.Min(width, maxWidth), height);
    }
}
