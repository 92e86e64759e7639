using Microsoft.Net.Http.Headers;

namespace SpatialPlan.Web.Http;

/// <summary>
/// A planner's record's version as a strong entity tag (<c>"v3"</c>): the tag its GET, POST and PUT answers carry and
/// a later PUT or DELETE names in <c>If-Match</c>, so a write over someone else's newer change is refused (412)
/// instead of silently overwriting it (OGC API – Features Part 4, optimistic locking).
/// </summary>
public static class RecordETag
{
    public static string For(int version) => $"\"v{version}\"";

    /// <summary>The version a tag names, or null when it is weak (never matches in If-Match) or not one of ours.</summary>
    public static int? VersionOf(EntityTagHeaderValue tag) =>
        !tag.IsWeak && tag.Tag.Length > 3 && tag.Tag.AsSpan(1, 1) is "v" &&
        int.TryParse(tag.Tag.AsSpan(2, tag.Tag.Length - 3), System.Globalization.NumberStyles.None, null, out var version)
            ? version
            : null;

    /// <summary>Puts the tag of <paramref name="version"/> on the response, if the record has one.</summary>
    public static void Set(HttpResponse response, int? version)
    {
        if (version is { } v)
        {
            response.Headers.ETag = For(v);
        }
    }
}
