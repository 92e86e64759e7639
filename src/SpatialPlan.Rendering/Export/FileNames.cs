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

    /// <summary>
    /// The name for clients that ignore RFC 5987's <c>filename*</c> (curl -OJ among them): the ASCII letters and
    /// digits of the name, or "map" and the date when the title is Chinese.
    /// </summary>
    public static string AsciiFallback(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var stem = fileName[..^extension.Length];
        var dateAt = stem.LastIndexOf('_');
        var (title, date) = dateAt > 0 ? (stem[..dateAt], stem[dateAt..]) : (stem, "");
        var ascii = new string(title.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray()).Trim('_', '.');
        return (ascii.Count(char.IsAsciiLetterOrDigit) >= 3 ? ascii : "map") + date + extension;
    }
}
