using System.Globalization;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// Syntax of the OGC API <c>datetime</c> parameter. The plan's features carry no time, so a valid value
/// selects every feature (OGC API – Features Part 1, 7.15.4); an invalid one is still refused.
/// </summary>
public static class DatetimeInterval
{
    public static bool IsValid(string text)
    {
        var parts = text.Split('/');
        return parts.Length switch
        {
            1 => IsInstant(parts[0]),
            2 => (parts[0] is ".." or "" || IsInstant(parts[0])) &&
                 (parts[1] is ".." or "" || IsInstant(parts[1])) &&
                 !(parts[0] is ".." or "" && parts[1] is ".." or ""),
            _ => false,
        };
    }

    private static bool IsInstant(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
}
