using System.Globalization;
using System.Xml.Linq;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Wms;

/// <summary>GetCapabilities: WMS 1.3.0's document structure, every catalogue layer, and the bounding boxes in each CRS's axis order.</summary>
public class WmsCapabilitiesTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private static readonly XNamespace Wms = "http://www.opengis.net/wms";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The order of a Layer's children in capabilities_1_3_0.xsd (those this service writes among them).</summary>
    private static readonly string[] LayerSequence =
        ["Name", "Title", "Abstract", "KeywordList", "CRS", "EX_GeographicBoundingBox", "BoundingBox", "Dimension", "Attribution", "AuthorityURL",
         "Identifier", "MetadataURL", "DataURL", "FeatureListURL", "Style", "MinScaleDenominator", "MaxScaleDenominator", "Layer"];

    private static readonly string[] ServiceSequence =
        ["Name", "Title", "Abstract", "KeywordList", "OnlineResource", "ContactInformation", "Fees", "AccessConstraints", "LayerLimit", "MaxWidth", "MaxHeight"];

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<XElement> Capabilities()
    {
        var response = await _client.GetAsync("/wms?SERVICE=WMS&REQUEST=GetCapabilities", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;
    }

    [Fact]
    public async Task FollowsTheSchemasStructure()
    {
        var root = await Capabilities();

        Assert.Equal(Wms + "WMS_Capabilities", root.Name);
        Assert.Equal("1.3.0", (string?)root.Attribute("version"));
        Assert.Equal(["Service", "Capability"], root.Elements().Select(e => e.Name.LocalName));
        AssertInSequence(root.Element(Wms + "Service")!, ServiceSequence);
        Assert.Equal("WMS", root.Element(Wms + "Service")!.Element(Wms + "Name")!.Value);
        var capability = root.Element(Wms + "Capability")!;
        Assert.Equal(["Request", "Exception", "Layer"], capability.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["GetCapabilities", "GetMap", "GetFeatureInfo", "GetLegendGraphic"], capability.Element(Wms + "Request")!.Elements().Select(e => e.Name.LocalName));
        foreach (var operation in capability.Element(Wms + "Request")!.Elements())
        {
            Assert.NotEmpty(operation.Elements(Wms + "Format"));
            Assert.EndsWith("/wms?", (string?)operation.Descendants(Wms + "OnlineResource").Single().Attribute(XLink + "href"), StringComparison.Ordinal);
        }

        Assert.Contains("image/png", capability.Element(Wms + "Request")!.Element(Wms + "GetMap")!.Elements(Wms + "Format").Select(f => f.Value));
        Assert.Contains("image/jpeg", capability.Element(Wms + "Request")!.Element(Wms + "GetMap")!.Elements(Wms + "Format").Select(f => f.Value));
        foreach (var layer in capability.Descendants(Wms + "Layer"))
        {
            AssertInSequence(layer, LayerSequence);
            Assert.NotNull(layer.Element(Wms + "Title"));
        }
    }

    [Fact]
    public async Task ListsEveryCatalogueLayerQueryableWithStylesAndALegend()
    {
        var root = await Capabilities();
        var top = root.Element(Wms + "Capability")!.Element(Wms + "Layer")!;

        Assert.Equal("spatialplan", top.Element(Wms + "Name")!.Value);
        Assert.Equal(["EPSG:4549", "EPSG:4490", "EPSG:4326", "EPSG:3857", "CRS:84"], top.Elements(Wms + "CRS").Select(c => c.Value));
        var layers = top.Elements(Wms + "Layer").ToList();
        Assert.Equal(PlanData.Geodata.Catalogue.Layers.OrderBy(l => l.DrawOrder).Select(l => l.Id), layers.Select(l => l.Element(Wms + "Name")!.Value));
        foreach (var layer in layers)
        {
            Assert.Equal("1", (string?)layer.Attribute("queryable"));
            var styles = layer.Elements(Wms + "Style").ToList();
            Assert.Equal("default", styles[0].Element(Wms + "Name")!.Value);
            var legend = (string)styles[0].Descendants(Wms + "OnlineResource").Single().Attribute(XLink + "href")!;
            Assert.Contains("REQUEST=GetLegendGraphic", legend, StringComparison.Ordinal);
            Assert.Equal(WmsCapabilityCrsCount, layer.Elements(Wms + "BoundingBox").Count());
        }
    }

    private const int WmsCapabilityCrsCount = 5;

    [Theory]
    [InlineData("CRS:84", 120.0, 121.5, 27.5, 28.5)]         // lon, lat
    [InlineData("EPSG:4326", 27.5, 28.5, 120.0, 121.5)]      // lat, lon
    [InlineData("EPSG:4490", 27.5, 28.5, 120.0, 121.5)]      // lat, lon
    [InlineData("EPSG:4549", 3.0e6, 3.2e6, 5.0e5, 6.5e5)]    // northing, easting
    [InlineData("EPSG:3857", 1.3e7, 1.36e7, 3.2e6, 3.3e6)]   // easting, northing
    public async Task WritesBoundingBoxesInTheAxisOrderOfTheirCrs(string crs, double firstMin, double firstMax, double secondMin, double secondMax)
    {
        var root = await Capabilities();
        var zones = root.Descendants(Wms + "Layer").Single(l => l.Element(Wms + "Name")?.Value == "plan-zones");

        var box = zones.Elements(Wms + "BoundingBox").Single(b => (string?)b.Attribute("CRS") == crs);

        double Value(string name) => double.Parse((string)box.Attribute(name)!, CultureInfo.InvariantCulture);
        Assert.InRange(Value("minx"), firstMin, firstMax);
        Assert.InRange(Value("maxx"), firstMin, firstMax);
        Assert.InRange(Value("miny"), secondMin, secondMax);
        Assert.InRange(Value("maxy"), secondMin, secondMax);
        Assert.True(Value("minx") < Value("maxx") && Value("miny") < Value("maxy"));
    }

    private static void AssertInSequence(XElement parent, string[] sequence)
    {
        var positions = parent.Elements().Select(e => Array.IndexOf(sequence, e.Name.LocalName)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
