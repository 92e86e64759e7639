using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpatialPlan.Rendering.Tests.Formats;

/// <summary>Reads the page objects of an exported PDF (Skia writes them uncompressed), without an external tool.</summary>
public static partial class PdfPages
{
    /// <summary>The width and height in points of each page's MediaBox, in file order.</summary>
    public static IReadOnlyList<(double Width, double Height)> Sizes(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return [.. PageObject().Matches(text).Select(page => MediaBox().Match(page.Value)).Select(box => (
            Number(box.Groups[3]) - Number(box.Groups[1]), Number(box.Groups[4]) - Number(box.Groups[2])))];
    }

    private static double Number(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    // A page dictionary: /Type /Page (not /Pages) up to the end of its object.
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z]).*?endobj", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
