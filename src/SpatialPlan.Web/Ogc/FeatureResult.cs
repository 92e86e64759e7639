using System.Text.Json;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Web.Ogc;

/// <summary>One feature as <c>application/geo+json</c>, with self and collection links, in <c>crs</c> (its axis order,
/// named by <c>Content-Crs</c>).</summary>
public sealed class FeatureResult(PlanFeature feature, IReadOnlyList<Link> links, ServedCrs crs) : IResult
{
    public PlanFeature Feature => feature;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = OgcMediaTypes.GeoJson;
        httpContext.Response.Headers[OgcMediaTypes.ContentCrsHeader] = CrsParameter.ContentCrs(crs);
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, GeoJsonSerialization.WriterOptions);
        using (var document = JsonSerializer.SerializeToDocument<NetTopologySuite.Features.IFeature>(FeatureCollectionResult.OnTheWire(feature, crs), GeoJsonSerialization.Options))
        {
            writer.WriteStartObject();
            foreach (var member in document.RootElement.EnumerateObject())
            {
                member.WriteTo(writer);
            }

            writer.WritePropertyName("links");
            JsonSerializer.Serialize(writer, links);
            writer.WriteEndObject();
        }

        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
