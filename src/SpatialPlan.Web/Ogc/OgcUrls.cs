using Microsoft.AspNetCore.Http.Extensions;

namespace SpatialPlan.Web.Ogc;

/// <summary>Absolute URLs under <c>/ogc</c> for links, built from the request so they work behind any host name.</summary>
public sealed class OgcUrls(HttpRequest request)
{
    public const string Root = "/ogc";

    private readonly string _base = $"{request.Scheme}://{request.Host}{request.PathBase}{Root}";

    public string Landing => _base;
    public string Conformance => $"{_base}/conformance";
    public string OpenApi => $"{_base}/openapi.json";
    public string Collections => $"{_base}/collections";
    public string Collection(string id) => $"{_base}/collections/{Uri.EscapeDataString(id)}";
    public string Items(string id) => $"{Collection(id)}/items";
    public string Queryables(string id) => $"{Collection(id)}/queryables";
    public string Item(string collectionId, string featureId) => $"{Items(collectionId)}/{Uri.EscapeDataString(featureId)}";

    /// <summary>Items URL with the given query (null values left out).</summary>
    public string Items(string id, IEnumerable<KeyValuePair<string, string?>> query)
    {
        var builder = new QueryBuilder(query.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value!)));
        return Items(id) + builder.ToQueryString();
    }
}
