using System.Text;
using SkiaSharp;

namespace SpatialPlan.Rendering.Text;

/// <summary>
/// Every piece of text is drawn through here, as a glyph run that carries its UTF-8 text and clusters. Skia's
/// PDF backend then writes the text as ActualText: without it, text extraction maps glyphs back through the
/// font's cmap and Noto CJK's shared glyphs turn 口 into the Kangxi radical ⼝.
/// </summary>
public static class TextRun
{
    public static float Width(string text, SKFont font) => font.MeasureText(text);

    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint,
        SKTextAlign align = SKTextAlign.Left)
    {
        using var blob = Create(text, font);
        if (blob is null)
        {
            return;
        }

        canvas.DrawText(blob, x - Offset(text, font, align), y, paint);
    }

    /// <summary>
    /// Text with a halo (a light outline behind it) that keeps it readable over the map. The halo is drawn as a
    /// path, not text, so a PDF or SVG holds the words once.
    /// </summary>
    public static void DrawWithHalo(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint,
        SKPaint halo, SKTextAlign align = SKTextAlign.Left)
    {
        var left = x - Offset(text, font, align);
        using (var outline = font.GetTextPath(text, new SKPoint(left, y)))
        {
            canvas.DrawPath(outline, halo);
        }

        Draw(canvas, text, left, y, font, paint);
    }

    private static float Offset(string text, SKFont font, SKTextAlign align) => align switch
    {
        SKTextAlign.Center => Width(text, font) / 2,
        SKTextAlign.Right => Width(text, font),
        _ => 0,
    };

    private static SKTextBlob? Create(string text, SKFont font)
    {
        var glyphs = font.GetGlyphs(text);
        if (glyphs.Length == 0)
        {
            return null;
        }

        var widths = font.GetGlyphWidths(text, out _);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var clusters = new uint[glyphs.Length];
        var positions = new float[glyphs.Length];
        var (glyph, offset, pen) = (0, 0, 0f);
        foreach (var rune in text.EnumerateRunes())
        {
            if (glyph == glyphs.Length)
            {
                break;
            }

            clusters[glyph] = (uint)offset;
            positions[glyph] = pen;
            pen += widths[glyph];
            offset += rune.Utf8SequenceLength;
            glyph++;
        }

        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocateHorizontalTextRun(font, glyphs.Length, 0, utf8.Length, null);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        run.SetText(utf8);
        run.SetClusters(clusters);
        return builder.Build();
    }
}
