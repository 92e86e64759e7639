using Microsoft.Net.Http.Headers;

namespace SpatialPlan.Web.Http;

/// <summary>
/// A record write's <c>If-Match</c> (RFC 9110 §13.1.1), read once: absent (the write serializes with others and
/// the history keeps both), <c>*</c> (any current version), a list of entity tags (only a current version named by
/// a strong tag matches), or not a list of entity tags at all, which is refused rather than ignored.
/// </summary>
/// <param name="Present">Whether the request has the header.</param>
/// <param name="Versions">The record versions its strong tags name; empty for <c>*</c> or tags not of a version.</param>
/// <param name="Any">Whether it is <c>*</c>.</param>
/// <param name="Invalid">Why the header is not a list of entity tags, or null.</param>
public sealed record IfMatch(bool Present, IReadOnlyList<int> Versions, bool Any = false, string? Invalid = null)
{
    private static readonly IfMatch Absent = new(false, []);

    /// <summary>The condition of a writer that read the record at <paramref name="version"/> (the map page's edit).</summary>
    public static IfMatch Version(int version) => new(true, [version]);

    public static IfMatch Read(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return Absent;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            return new IfMatch(true, [], Invalid: "If-Match must be * or a list of entity tags such as \"v3\", as the record's ETag gives");
        }

        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any))
            ? new IfMatch(true, [], Any: true)
            : new IfMatch(true, tags.Select(RecordETag.VersionOf).OfType<int>().Distinct().ToList());
    }

    /// <summary>
    /// The version the writer must find, given the record's <paramref name="current"/> version: null when any
    /// version will do, the current one when a tag names it, else <see cref="NoneMatches"/>.
    /// </summary>
    public int? ExpectedVersion(int? current) =>
        !Present || Any ? null
        : Versions.Count == 1 ? Versions[0]
        : current is { } c && Versions.Contains(c) ? c
        : NoneMatches;

    /// <summary>Whether the expected version can be known without reading the record first (no tag list to match).</summary>
    public bool NeedsCurrentVersion => Present && !Any && Versions.Count != 1;

    /// <summary>An expected version no record has (versions start at 1), so the writer answers a mismatch
    /// naming the current version.</summary>
    public const int NoneMatches = -1;
}
