using System.Text.Json;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Web.Ogc;

/// <summary>One feature as <c>application/geo+json</c>, with self and collection links.</summary>
public sealed class FeatureResult(PlanFeature feature, IReadOnlyList<Link> links) : IResult
{
    public PlanFeature Feature => feature;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = OgcMediaTypes.GeoJson;
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, GeoJsonSerialization.WriterOptions);
        using (var document = JsonSerializer.SerializeToDocument<NetTopologySuite.Features.IFeature>(feature, GeoJsonSerialization.Options))
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
