using System.Globalization;
using System.Xml.Linq;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// The WMS 1.3.0 capabilities document, from the catalogue: a root layer (the whole plan, every layer in draw order)
/// holding one queryable layer per collection, each with its extent in every CRS (axis order as <see cref="WmsCrs"/>
/// says), its styles and a legend URL. Elements are written in the order the 1.3.0 schema's sequences require.
/// </summary>
public static class WmsCapabilities
{
    public const string Version = "1.3.0";
    public const string MediaType = "text/xml";

    /// <summary>The root layer's name: every catalogue layer, in draw order.</summary>
    public const string RootLayer = "spatialplan";

    public static readonly XNamespace Wms = "http://www.opengis.net/wms";
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    public static readonly XNamespace Sld = "http://www.opengis.net/sld";
    private static readonly string[] Keywords = ["瓯江口", "Oujiangkou", "一核三区", "spatial plan", "CGCS2000"];
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Document(LayerCatalogue catalogue, IReadOnlyDictionary<string, Envelope> extents, string serviceUrl, WmsLimits limits)
    {
        var root = new XElement(Wms + "WMS_Capabilities",
            new XAttribute("version", Version),
            new XAttribute(XNamespace.Xmlns + "xlink", XLink),
            new XAttribute(XNamespace.Xmlns + "sld", Sld),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation",
                "http://www.opengis.net/wms http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd " +
                "http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd"),
            Service(serviceUrl, limits),
            new XElement(Wms + "Capability",
                new XElement(Wms + "Request",
                    Operation("GetCapabilities", serviceUrl, [MediaType]),
                    Operation("GetMap", serviceUrl, WmsGetMap.Formats),
                    Operation("GetFeatureInfo", serviceUrl, WmsFeatureInfo.Formats),
                    Operation(Sld + "GetLegendGraphic", serviceUrl, ["image/png"])),
                new XElement(Wms + "Exception", new XElement(Wms + "Format", "XML")),
                PlanLayer(catalogue, extents, serviceUrl)));
        return new XDeclaration("1.0", "UTF-8", null) + "\n" + root;
    }

    private static XElement Service(string serviceUrl, WmsLimits limits) => new(Wms + "Service",
        new XElement(Wms + "Name", "WMS"),
        new XElement(Wms + "Title", "SpatialPlan — 温州瓯江口产业集聚区 “一核三区” 空间结构"),
        new XElement(Wms + "Abstract",
            "The 14th Five-Year Plan's 一核三区 spatial structure of the Wenzhou Oujiangkou Industrial Cluster Zone, " +
            "drawn in the plan's own symbology (the catalogue's, as the web map draws it). Outlines are schematic (示意)."),
        new XElement(Wms + "KeywordList", Keywords.Select(k => new XElement(Wms + "Keyword", k))),
        Link(serviceUrl),
        new XElement(Wms + "Fees", "none"),
        new XElement(Wms + "AccessConstraints", "none; each layer's data licence is in its Attribution"),
        new XElement(Wms + "LayerLimit", limits.MaxLayers),
        new XElement(Wms + "MaxWidth", limits.MaxSide),
        new XElement(Wms + "MaxHeight", limits.MaxSide));

    private static XElement Operation(XName name, string serviceUrl, IEnumerable<string> formats) => new(
        name.Namespace == XNamespace.None ? Wms + name.LocalName : name,
        formats.Select(f => new XElement(Wms + "Format", f)),
        new XElement(Wms + "DCPType", new XElement(Wms + "HTTP", new XElement(Wms + "Get", Link(serviceUrl + "?")))));

    private static XElement PlanLayer(LayerCatalogue catalogue, IReadOnlyDictionary<string, Envelope> extents, string serviceUrl)
    {
        var plan = catalogue.Extent.Envelope;
        return new XElement(Wms + "Layer", new XAttribute("queryable", "1"),
            new XElement(Wms + "Name", RootLayer),
            new XElement(Wms + "Title", "瓯江口 一核三区 规划图 / Oujiangkou plan map"),
            new XElement(Wms + "Abstract", "Every layer of the plan, in its draw order."),
            WmsCrs.All.Select(c => new XElement(Wms + "CRS", c.Code)),
            Extent(plan),
            new XElement(Wms + "Style",
                new XElement(Wms + "Name", WmsStyles.Default),
                new XElement(Wms + "Title", "规划图例 / the plan's symbology")),
            catalogue.Layers.OrderBy(l => l.DrawOrder).Select(l => CollectionLayer(l, extents.GetValueOrDefault(l.Id, plan), serviceUrl)));
    }

    private static XElement CollectionLayer(LayerDefinition layer, Envelope extent, string serviceUrl) => new(Wms + "Layer",
        new XAttribute("queryable", "1"),
        new XAttribute("opaque", layer.Group == LayerGroup.Basemap && layer.Style.FillOpacity >= 1 ? "1" : "0"),
        new XElement(Wms + "Name", layer.Id),
        new XElement(Wms + "Title", $"{layer.Title.Zh} / {layer.Title.En}"),
        new XElement(Wms + "Abstract", $"{layer.Description.Zh} / {layer.Description.En}"),
        Extent(extent),
        new XElement(Wms + "Attribution", new XElement(Wms + "Title", $"{layer.Source}; {layer.Licence}")),
        WmsStyles.For(layer).Select(style => new XElement(Wms + "Style",
            new XElement(Wms + "Name", style.Name),
            new XElement(Wms + "Title", style.Title),
            new XElement(Wms + "LegendURL",
                new XAttribute("width", Rendering.Image.LegendImage.Width.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("height", "120"),
                new XElement(Wms + "Format", "image/png"),
                Link($"{serviceUrl}?SERVICE=WMS&VERSION={Version}&REQUEST=GetLegendGraphic&FORMAT=image%2Fpng&SLD_VERSION=1.1.0&LAYER={Uri.EscapeDataString(layer.Id)}")))));

    /// <summary>EX_GeographicBoundingBox, then a BoundingBox in each CRS, its numbers in the CRS's axis order.</summary>
    private static IEnumerable<XElement> Extent(Envelope lonLat)
    {
        yield return new XElement(Wms + "EX_GeographicBoundingBox",
            new XElement(Wms + "westBoundLongitude", Number(lonLat.MinX)),
            new XElement(Wms + "eastBoundLongitude", Number(lonLat.MaxX)),
            new XElement(Wms + "southBoundLatitude", Number(lonLat.MinY)),
            new XElement(Wms + "northBoundLatitude", Number(lonLat.MaxY)));
        foreach (var crs in WmsCrs.All)
        {
            var box = crs.BboxOf(crs.Project(lonLat));
            yield return new XElement(Wms + "BoundingBox",
                new XAttribute("CRS", crs.Code),
                new XAttribute("minx", Number(box[0])), new XAttribute("miny", Number(box[1])),
                new XAttribute("maxx", Number(box[2])), new XAttribute("maxy", Number(box[3])));
        }
    }

    private static XElement Link(string href) => new(Wms + "OnlineResource",
        new XAttribute(XLink + "type", "simple"), new XAttribute(XLink + "href", href));

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);
}
