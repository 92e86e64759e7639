using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Ogc;

/// <summary>A CRS query parameter (<c>crs</c>, <c>bbox-crs</c>, <c>filter-crs</c>): one of <see cref="ServedCrs.All"/> by URI.</summary>
public static class CrsParameter
{
    /// <summary>The CRS named, CRS84 when absent; an unknown one is an error naming it and the parameter.</summary>
    public static ServedCrs Parse(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return ServedCrs.Crs84;
        }

        if (ServedCrs.Find(text) is { } crs)
        {
            return crs;
        }

        errors[name] = [$"'{EchoedText.Shorten(text, 80)}' is not a CRS this server serves; use one of: {string.Join(", ", ServedCrs.All.Select(c => c.Uri))}"];
        return ServedCrs.Crs84;
    }

    /// <summary>The <c>Content-Crs</c> header value (Part 2): the URI in angle brackets.</summary>
    public static string ContentCrs(ServedCrs crs) => $"<{crs.Uri}>";
}
