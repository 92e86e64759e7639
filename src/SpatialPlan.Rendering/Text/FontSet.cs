using System.Text;
using SkiaSharp;

namespace SpatialPlan.Rendering.Text;

/// <summary>
/// The typefaces an export draws with: a regular one and, where the font family has it, a bold one (else the
/// regular one is emboldened). Made once by <see cref="FontResolver"/> and shared by every render.
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly bool _owned;

    public FontSet(SKTypeface regular, SKTypeface? bold, string source, bool owned = true)
    {
        Regular = regular;
        Bold = bold;
        Source = source;
        _owned = owned;
    }

    public SKTypeface Regular { get; }

    public SKTypeface? Bold { get; }

    /// <summary>Where the regular typeface came from, for messages.</summary>
    public string Source { get; }

    public SKFont Font(float size, bool bold = false)
    {
        var font = new SKFont(bold && Bold is not null ? Bold : Regular, size)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
        };
        font.Embolden = bold && Bold is null;
        return font;
    }

    /// <summary>The first character of the text that the regular typeface has no glyph for, or null.</summary>
    public string? FirstMissing(string text)
    {
        using var font = new SKFont(Regular, 12);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                continue;
            }

            var s = rune.ToString();
            if (font.GetGlyphs(s).Any(g => g == 0))
            {
                return s;
            }
        }

        return null;
    }

    public void Dispose()
    {
        if (!_owned)
        {
            return;
        }

        Regular.Dispose();
        Bold?.Dispose();
    }
}
