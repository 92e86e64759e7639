using System.Globalization;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// self / next / prev links of an items page; they keep every parameter of the request (bbox, CRS, filters, sortby,
/// shape) and the limit. In id order the next link carries a keyset <c>cursor</c> (the page's last id), so deep pages
/// cost what the first does and do not shift while others write; it has no prev. With <c>sortby</c> pages go by offset.
/// </summary>
public static class PageLinks
{
    private static readonly string[] Paging = ["limit", "offset", "cursor"];

    /// <param name="urls">For the links' base.</param>
    /// <param name="collectionId">The collection paged.</param>
    /// <param name="request">The request, whose parameters the links keep.</param>
    /// <param name="query">The query as the store got it.</param>
    /// <param name="page">The page's counts.</param>
    /// <param name="lastId">The last feature id written, null for an empty page (known once the features are written).</param>
    public static IReadOnlyList<Link> For(
        OgcUrls urls, string collectionId, HttpRequest request, FeatureQuery query, StreamedPage page, string? lastId)
    {
        var kept = request.Query.Where(p => !Paging.Contains(p.Key, StringComparer.Ordinal))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
            .ToList();
        string Url(params KeyValuePair<string, string?>[] paging) => urls.Items(collectionId,
            kept.Append(KeyValuePair.Create("limit", (string?)query.Limit.ToString(CultureInfo.InvariantCulture))).Concat(paging));
        static KeyValuePair<string, string?> Offset(int offset) => KeyValuePair.Create("offset", (string?)offset.ToString(CultureInfo.InvariantCulture));

        var self = request.Query.TryGetValue("cursor", out var cursor)
            ? Url(KeyValuePair.Create("cursor", (string?)cursor.ToString()), Offset(query.Offset))
            : Url(Offset(query.Offset));
        var links = new List<Link> { new(self, "self", OgcMediaTypes.GeoJson, "This page") };
        var byCursor = query.SortBy.Count == 0;
        if ((page.HasMore ?? query.Offset + page.NumberReturned < page.NumberMatched) && lastId is not null)
        {
            var next = byCursor ? Url(KeyValuePair.Create("cursor", (string?)PageCursor.Encode(lastId))) : Url(Offset(query.Offset + query.Limit));
            links.Add(new Link(next, "next", OgcMediaTypes.GeoJson, "Next page"));
        }

        if (query.After is null && query.Offset > 0)
        {
            links.Add(new Link(Url(Offset(Math.Max(0, query.Offset - query.Limit))), "prev", OgcMediaTypes.GeoJson, "Previous page"));
        }

        return links;
    }
}
