using System.Text;
using SkiaSharp;

namespace SpatialPlan.Rendering.Text;

/// <summary>Breaks text into lines no wider than a width: at spaces where it can, else between any two characters (Chinese has no spaces).</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            line.Append(rune.ToString());
            if (line.Length > 1 && font.MeasureText(line.ToString()) > maxWidth)
            {
                var current = line.ToString();
                var lastSpace = current.LastIndexOf(' ', current.Length - 2);
                var breakAt = lastSpace > 0 ? lastSpace + 1 : current.Length - rune.Utf16SequenceLength;
                lines.Add(current[..breakAt].TrimEnd());
                line.Clear().Append(current[breakAt..].TrimStart());
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
