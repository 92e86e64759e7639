using SkiaSharp;

namespace SpatialPlan.Rendering.Text;

/// <summary>
/// Finds the font to draw with: the configured files, then the well-known CJK font paths, then Skia's default
/// typeface (which may draw nothing; the glyph check before each render then refuses the export).
/// </summary>
public static class FontResolver
{
    public static FontSet Resolve(FontOptions options)
    {
        var candidates = options.Paths.Concat(options.UseWellKnownPaths ? FontOptions.WellKnownPaths : []);
        foreach (var path in candidates.Where(File.Exists))
        {
            if (LoadFace(path) is { } regular)
            {
                var boldPath = path.Replace("Regular", "Bold", StringComparison.Ordinal);
                var bold = boldPath != path && File.Exists(boldPath) ? LoadFace(boldPath) : null;
                return new FontSet(regular, bold, path);
            }
        }

        return new FontSet(SKTypeface.Default, null, "Skia's default typeface", owned: false);
    }

    /// <summary>
    /// One face of a font file. In a collection (.ttc) the Simplified Chinese face is preferred: Noto CJK's
    /// first face is Japanese, whose glyph forms differ for some Chinese characters.
    /// </summary>
    private static SKTypeface? LoadFace(string path)
    {
        var faces = new List<SKTypeface>();
        for (var index = 0; index < 16 && SKTypeface.FromFile(path, index) is { } face; index++)
        {
            faces.Add(face);
        }

        var chosen = faces.FirstOrDefault(f => f.FamilyName.EndsWith(" SC", StringComparison.Ordinal)) ?? faces.FirstOrDefault();
        foreach (var face in faces.Where(f => f != chosen))
        {
            face.Dispose();
        }

        return chosen is { GlyphCount: > 0 } ? chosen : null;
    }
}
