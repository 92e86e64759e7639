using System.Text.Json;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// An items page as <c>application/geo+json</c>: a FeatureCollection with the OGC API members
/// (links, numberMatched, numberReturned, timeStamp), written feature by feature as the store yields them, so the
/// response never holds the whole page. Coordinates follow the CRS's axis order (north first for EPSG:4490 and 4549),
/// named by the <c>Content-Crs</c> header. Writing disposes the page (returning its connection as soon as the last
/// feature is out); the endpoint also registers it with the response, for a request that ends before writing.
/// </summary>
/// The links come after the features: a next link's cursor is the last feature's id, known only once it is written.
public sealed class FeatureCollectionResult(
    StreamedPage page, Func<string?, IReadOnlyList<Link>> links, ServedCrs crs, FeatureShape shape) : IResult
{
    /// <summary>Hand buffered bytes to the socket about this often instead of holding the whole body.</summary>
    private const int FlushThresholdBytes = 64 * 1024;

    public StreamedPage Page => page;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = OgcMediaTypes.GeoJson;
        httpContext.Response.Headers[OgcMediaTypes.ContentCrsHeader] = CrsParameter.ContentCrs(crs);
        var body = httpContext.Response.BodyWriter;
        await using var _ = page;
        await using var writer = new Utf8JsonWriter(body, GeoJsonSerialization.WriterOptions);
        GeoJsonFeatureWriter.WriteStart(writer, WriteMembers);
        var flushedUpTo = 0L;
        string? lastId = null;
        await foreach (var feature in page.Features.WithCancellation(httpContext.RequestAborted))
        {
            GeoJsonFeatureWriter.WriteFeature(writer, shape.Apply(OnTheWire(feature, crs)));
            lastId = feature.Id;
            // Count committed bytes, not pending ones: the serializer commits every feature into the pipe, where
            // it would stay (the whole page in memory) until the pipe itself is flushed.
            if (writer.BytesCommitted + writer.BytesPending - flushedUpTo > FlushThresholdBytes)
            {
                await writer.FlushAsync(httpContext.RequestAborted);
                await body.FlushAsync(httpContext.RequestAborted);
                flushedUpTo = writer.BytesCommitted;
            }
        }

        writer.WriteEndArray();
        writer.WritePropertyName("links");
        JsonSerializer.Serialize(writer, links(lastId));
        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>The feature with its coordinates in <paramref name="crs"/>'s axis order (a copy only when they swap).</summary>
    internal static PlanFeature OnTheWire(PlanFeature feature, ServedCrs crs) => crs.NorthFirst
        ? new PlanFeature(feature.Id, AxisOrder.ForWire(feature.Geometry, crs), feature.Attributes)
        : feature;

    private void WriteMembers(Utf8JsonWriter writer)
    {
        writer.WriteNumber("numberMatched", page.NumberMatched);
        writer.WriteNumber("numberReturned", page.NumberReturned);
        writer.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }
}
