using System.Globalization;
using System.Text;

namespace SpatialPlan.Rendering.Export;

/// <summary>A download's file name: the title (Chinese kept; characters file systems refuse dropped) and the date.</summary>
public static class FileNames
{
    private static readonly char[] Refused = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string For(string title, DateOnly date)
    {
        var name = new StringBuilder();
        foreach (var c in title.Trim())
        {
            name.Append(char.IsControl(c) || Refused.Contains(c) ? '_' : char.IsWhiteSpace(c) ? '_' : c);
        }

        var stem = name.Length == 0 ? "map" : name.ToString();
        if (stem.Length > 80)
        {
            stem = stem[..80];
        }

        return stem + "_" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
