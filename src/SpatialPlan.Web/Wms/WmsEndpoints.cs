using System.Globalization;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Rendering.Image;
using SpatialPlan.Rendering.Text;
using SpatialPlan.Web.Export;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// WMS 1.3.0 at <c>/wms</c>: GetCapabilities, GetMap, GetFeatureInfo and (SLD 1.1) GetLegendGraphic, on the export's
/// renderer and its render slots. Errors are WMS service exception reports (XML, 400; 503 with Retry-After when
/// every render slot is taken or a render runs past the timeout), the one place they become HTTP.
/// </summary>
public static class WmsEndpoints
{
    public const string Path = "/wms";

    public static IEndpointRouteBuilder MapWmsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, HandleAsync)
            .WithTags("WMS")
            .Produces(StatusCodes.Status200OK, contentType: WmsCapabilities.MediaType, additionalContentTypes: ["image/png", "image/jpeg", WmsFeatureInfo.Json, WmsFeatureInfo.Text, WmsFeatureInfo.Html])
            .Produces(StatusCodes.Status400BadRequest, contentType: WmsException.ExceptionMediaType)
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: WmsException.ExceptionMediaType)
            .WithName("Wms")
            .WithSummary("WMS 1.3.0: REQUEST=GetCapabilities|GetMap|GetFeatureInfo|GetLegendGraphic; CRS EPSG:4549, 4490, 4326, 3857, CRS:84");
        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, LayerCatalogue catalogue, IFeatureReader store,
        MapImageRenderer renderer, RenderGate gate, FontSet fonts, IOptions<ExportOptions> options, CancellationToken cancellationToken)
    {
        var parameters = new WmsParameters(context.Request.Query);
        var limits = WmsLimits.From(options.Value);
        try
        {
            if (parameters["SERVICE"] is { Length: > 0 } service && !service.Equals("WMS", StringComparison.OrdinalIgnoreCase))
            {
                throw new WmsException(WmsException.InvalidParameterValue, $"SERVICE must be WMS, not '{WmsParameters.Echo(service)}'", "SERVICE");
            }

            var request = parameters.Required("REQUEST");
            return request.ToUpperInvariant() switch
            {
                "GETCAPABILITIES" => Results.Text(await CapabilitiesAsync(catalogue, store, ServiceUrl(context.Request), limits, cancellationToken),
                    WmsCapabilities.MediaType, System.Text.Encoding.UTF8),
                "GETMAP" => await GetMapAsync(WmsGetMap.Read(parameters, catalogue, limits), renderer, gate, options.Value, context.Response, cancellationToken),
                "GETFEATUREINFO" => await FeatureInfoAsync(WmsFeatureInfo.Read(parameters, catalogue, limits), store, cancellationToken),
                "GETLEGENDGRAPHIC" => Legend(parameters, catalogue, fonts),
                _ => throw new WmsException(WmsException.OperationNotSupported,
                    $"REQUEST '{WmsParameters.Echo(request)}' is not offered; use GetCapabilities, GetMap, GetFeatureInfo or GetLegendGraphic", "REQUEST"),
            };
        }
        catch (WmsException exception)
        {
            return exception.ToResult();
        }
    }

    /// <summary>The service's own URL as the client reached it, for the capabilities' links.</summary>
    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";

    private static async Task<string> CapabilitiesAsync(LayerCatalogue catalogue, IFeatureReader store, string serviceUrl, WmsLimits limits,
        CancellationToken cancellationToken)
    {
        var extents = new Dictionary<string, NetTopologySuite.Geometries.Envelope>();
        foreach (var layer in catalogue.Layers)
        {
            if (await store.GetExtentAsync(layer.Id, cancellationToken) is { IsNull: false } extent)
            {
                extents[layer.Id] = extent;
            }
        }

        return WmsCapabilities.Document(catalogue, extents, serviceUrl, limits);
    }

    private static async Task<IResult> GetMapAsync(MapImageRequest map, MapImageRenderer renderer, RenderGate gate, ExportOptions settings,
        HttpResponse response, CancellationToken requestAborted)
    {
        using var slot = await gate.EnterAsync(requestAborted);
        if (slot is null)
        {
            throw Busy(response, settings, $"all {settings.ConcurrentRenders} render slots are taken and the queue is full; try again shortly");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.RenderTimeoutSeconds));
        try
        {
            return Results.Bytes(await renderer.RenderAsync(map, timeout.Token), WmsGetMap.MediaType(map.Format));
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            throw Busy(response, settings, $"the map took longer than {settings.RenderTimeoutSeconds} s to draw and was cancelled; ask for a smaller one or try again later");
        }
    }

    private static WmsException Busy(HttpResponse response, ExportOptions settings, string message)
    {
        response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return new WmsException(WmsException.NoCode, message, status: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> FeatureInfoAsync(WmsFeatureInfo.Query query, IFeatureReader store, CancellationToken cancellationToken)
    {
        var (body, mediaType) = WmsFeatureInfo.Write(await WmsFeatureInfo.FindAsync(query, store, cancellationToken), query.Format);
        return Results.Text(body, mediaType, System.Text.Encoding.UTF8);
    }

    private static IResult Legend(WmsParameters parameters, LayerCatalogue catalogue, FontSet fonts)
    {
        var name = parameters.Required("LAYER");
        var layer = catalogue.Find(name) ?? throw new WmsException(WmsException.LayerNotDefined,
            $"layer '{WmsParameters.Echo(name)}' is not served; GetCapabilities lists them", "LAYER");
        if (parameters["FORMAT"] is { Length: > 0 } format && format.Split(';')[0].Trim() != "image/png")
        {
            throw new WmsException(WmsException.InvalidFormat, $"the legend is drawn as image/png only, not '{WmsParameters.Echo(format)}'", "FORMAT");
        }

        if (parameters["STYLE"] is { Length: > 0 } style && WmsStyles.DrawsLabels(layer, style) is null)
        {
            throw new WmsException(WmsException.StyleNotDefined, $"layer '{layer.Id}' has no style '{WmsParameters.Echo(style)}'", "STYLE");
        }

        return Results.Bytes(LegendImage.Png(layer, parameters["LANG"] is "en" ? "en" : "zh", fonts), "image/png");
    }
}
