using System.Globalization;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Ogc;

/// <summary>self / next / prev links of an items page; next and prev keep the bbox and the limit.</summary>
public static class PageLinks
{
    public static IReadOnlyList<Link> For(
        OgcUrls urls, string collectionId, ItemsRequest request, FeatureQuery query, StreamedPage page)
    {
        string Url(int offset) => urls.Items(collectionId,
        [
            new("bbox", request.Bbox),
            new("datetime", request.Datetime),
            new("crs", request.Crs),
            new("bbox-crs", request.BboxCrs),
            new("limit", query.Limit.ToString(CultureInfo.InvariantCulture)),
            new("offset", offset.ToString(CultureInfo.InvariantCulture)),
        ]);

        var links = new List<Link> { new(Url(query.Offset), "self", OgcMediaTypes.GeoJson, "This page") };
        if (query.Offset + page.NumberReturned < page.NumberMatched)
        {
            links.Add(new Link(Url(query.Offset + query.Limit), "next", OgcMediaTypes.GeoJson, "Next page"));
        }

        if (query.Offset > 0)
        {
            links.Add(new Link(Url(Math.Max(0, query.Offset - query.Limit)), "prev", OgcMediaTypes.GeoJson, "Previous page"));
        }

        return links;
    }
}
