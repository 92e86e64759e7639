using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Rendering.Image;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// GetFeatureInfo: the features of QUERY_LAYERS under pixel (I, J) of the map view, topmost layer first, at most
/// FEATURE_COUNT per layer (1 by default, as WMS says). An area is hit where it contains the pixel's centre; a line
/// or point within a few pixels of it. Answered as GeoJSON (properties only: a click on the coast must not send the
/// coastline), plain text, or HTML with every value escaped.
/// </summary>
public static class WmsFeatureInfo
{
    public const string Json = "application/json";
    public const string Text = "text/plain";
    public const string Html = "text/html";

    public static readonly string[] Formats = [Json, "application/geo+json", Text, Html];

    /// <summary>How near a line or point must pass, in pixels.</summary>
    private const double TolerancePixels = 4;

    public sealed record Hit(LayerDefinition Layer, PlanFeature Feature);

    public sealed record Query(WmsMapView View, IReadOnlyList<LayerDefinition> Layers, double Column, double Row, string Format, int Count);

    public static Query Read(WmsParameters parameters, LayerCatalogue catalogue, WmsLimits limits)
    {
        var view = WmsMapView.Read(parameters, catalogue, limits);
        var queried = WmsMapView.ReadLayers(parameters, catalogue, limits, "QUERY_LAYERS");
        var format = parameters.Required("INFO_FORMAT").Split(';')[0].Trim().ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            throw new WmsException(WmsException.InvalidFormat,
                $"INFO_FORMAT '{WmsParameters.Echo(format)}' is not answered; use one of {string.Join(", ", Formats)}", "INFO_FORMAT");
        }

        var i = parameters.Whole("I", 0, view.Width - 1, WmsException.InvalidPoint);
        var j = parameters.Whole("J", 0, view.Height - 1, WmsException.InvalidPoint);
        var count = parameters["FEATURE_COUNT"] is null ? 1 : parameters.Whole("FEATURE_COUNT", 1, 100);
        var layers = queried.Select(l => l.Layer).DistinctBy(l => l.Id).OrderByDescending(l => l.DrawOrder).ToList();
        return new Query(view, layers, i, j, format, count);
    }

    public static async Task<IReadOnlyList<Hit>> FindAsync(Query query, IFeatureReader store, CancellationToken cancellationToken)
    {
        var view = query.View;
        var projection = view.Crs.Projection;
        var (x, y) = view.MapPoint(query.Column, query.Row);
        var (dx, dy) = (TolerancePixels * view.Extent.Width / view.Width, TolerancePixels * view.Extent.Height / view.Height);
        var near = MapImageRenderer.LonLatOf(projection, new Envelope(x - dx, x + dx, y - dy, y + dy));
        var (lon, lat) = projection.Inverse(x, y);
        var point = GeometryFactories.LonLat.CreatePoint(new Coordinate(lon, lat));
        var nearBox = GeometryFactories.LonLat.ToGeometry(near);

        var hits = new List<Hit>();
        foreach (var layer in query.Layers)
        {
            var page = await store.QueryAsync(layer.Id, new FeatureQuery { Bbox = near, Limit = 1_000 }, cancellationToken);
            hits.AddRange((page?.Features ?? [])
                .Where(f => f.Geometry.Dimension == Dimension.Surface ? f.Geometry.Intersects(point) : f.Geometry.Intersects(nearBox))
                .Take(query.Count)
                .Select(f => new Hit(layer, f)));
        }

        return hits;
    }

    public static (string Body, string MediaType) Write(IReadOnlyList<Hit> hits, string format) => format switch
    {
        Text => (PlainText(hits), Text),
        Html => (HtmlTable(hits), Html),
        _ => (GeoJson(hits), format),
    };

    private static string GeoJson(IReadOnlyList<Hit> hits)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var hit in hits)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", hit.Feature.Id);
                json.WriteString("layer", hit.Layer.Id);
                json.WriteNull("geometry");
                json.WriteStartObject("properties");
                foreach (var (name, value) in Properties(hit.Feature))
                {
                    WriteValue(json, name, value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string PlainText(IReadOnlyList<Hit> hits)
    {
        var text = new StringBuilder();
        if (hits.Count == 0)
        {
            text.Append("No feature here.\n");
        }

        foreach (var layerHits in hits.GroupBy(h => h.Layer.Id))
        {
            var layer = layerHits.First().Layer;
            text.Append(CultureInfo.InvariantCulture, $"Layer '{layer.Id}' ({layer.Title.Zh} / {layer.Title.En})\n");
            foreach (var hit in layerHits)
            {
                text.Append(CultureInfo.InvariantCulture, $"  Feature {hit.Feature.Id}:\n");
                foreach (var (name, value) in Properties(hit.Feature))
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {name} = {Flat(Display(value))}\n");
                }
            }
        }

        return text.ToString();
    }

    private static string HtmlTable(IReadOnlyList<Hit> hits)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>GetFeatureInfo</title></head><body>\n");
        if (hits.Count == 0)
        {
            html.Append("<p>No feature here. / 此处无要素。</p>\n");
        }

        foreach (var hit in hits)
        {
            html.Append(CultureInfo.InvariantCulture, $"<table><caption>{E(hit.Layer.Title.Zh)} / {E(hit.Layer.Title.En)}: {E(hit.Feature.Id)}</caption>\n");
            foreach (var (name, value) in Properties(hit.Feature))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{E(Display(value))}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static IEnumerable<(string Name, object? Value)> Properties(PlanFeature feature) =>
        feature.Attributes.GetNames().Select(name => (name, (object?)feature.Attributes[name]));

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case string s:
                json.WriteString(name, s);
                break;
            case IConvertible c when value is not char && double.TryParse(c.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                json.WriteNumber(name, number);
                break;
            default:
                json.WriteString(name, Display(value));
                break;
        }
    }

    private static string Display(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>One line per value in the plain-text answer, whatever the text holds.</summary>
    private static string Flat(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
