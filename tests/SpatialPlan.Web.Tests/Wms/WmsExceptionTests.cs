using System.Net;
using System.Xml.Linq;

namespace SpatialPlan.Web.Tests.Wms;

/// <summary>Bad WMS requests get a ServiceExceptionReport (XML, 400) with the 1.3.0 code and the parameter at fault, never an image or a 500.</summary>
public class WmsExceptionTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Map = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=plan-zones&STYLES=&CRS=EPSG:4549&BBOX=3080000,575000,3111000,614000&WIDTH=400&HEIGHT=300&FORMAT=image/png";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("LAYERS=plan-zones", "LAYERS=no-such-layer", "LayerNotDefined", "LAYERS")]
    [InlineData("STYLES=", "STYLES=fancy", "StyleNotDefined", "STYLES")]
    [InlineData("STYLES=", "STYLES=default,default", "StyleNotDefined", "STYLES")]
    [InlineData("CRS=EPSG:4549", "CRS=EPSG:2385", "InvalidCRS", "CRS")]
    [InlineData("FORMAT=image/png", "FORMAT=image/gif", "InvalidFormat", "FORMAT")]
    [InlineData("WIDTH=400", "WIDTH=6000", "InvalidParameterValue", "WIDTH")]
    [InlineData("WIDTH=400&HEIGHT=300", "WIDTH=5000&HEIGHT=5001", "InvalidParameterValue", "HEIGHT")]
    [InlineData("WIDTH=400", "WIDTH=0", "InvalidParameterValue", "WIDTH")]
    [InlineData("BBOX=3080000,575000,3111000,614000", "BBOX=3111000,575000,3080000,614000", "InvalidParameterValue", "BBOX")]
    [InlineData("BBOX=3080000,575000,3111000,614000", "BBOX=1,2,3", "InvalidParameterValue", "BBOX")]
    [InlineData("BBOX=3080000,575000,3111000,614000", "BBOX=NaN,2,3,4", "InvalidParameterValue", "BBOX")]
    [InlineData("VERSION=1.3.0", "VERSION=1.1.1", "InvalidParameterValue", "VERSION")]
    [InlineData("&CRS=EPSG:4549", "", "MissingParameterValue", "CRS")]
    [InlineData("REQUEST=GetMap", "REQUEST=GetStyles", "OperationNotSupported", "REQUEST")]
    [InlineData("SERVICE=WMS", "SERVICE=WFS", "InvalidParameterValue", "SERVICE")]
    [InlineData("STYLES=", "STYLES=&TRANSPARENT=maybe", "InvalidParameterValue", "TRANSPARENT")]
    [InlineData("STYLES=", "STYLES=&BGCOLOR=red", "InvalidParameterValue", "BGCOLOR")]
    public async Task AnswersAServiceExceptionNamingTheParameter(string valid, string invalid, string code, string locator)
    {
        var response = await _client.GetAsync("/wms?" + Map.Replace(valid, invalid, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var exception = await Exception(response);
        Assert.Equal(code, (string?)exception.Attribute("code"));
        Assert.Equal(locator, (string?)exception.Attribute("locator"), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("I=400", "InvalidPoint")]
    [InlineData("INFO_FORMAT=application/vnd.ogc.gml", "InvalidFormat")]
    [InlineData("QUERY_LAYERS=nowhere", "LayerNotDefined")]
    public async Task RefusesABadFeatureInfoRequest(string change, string code)
    {
        var query = Map.Replace("GetMap", "GetFeatureInfo", StringComparison.Ordinal) + "&QUERY_LAYERS=plan-zones&INFO_FORMAT=text/plain&I=10&J=10";
        var name = change.Split('=')[0];
        query = string.Join('&', query.Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)).Append(change));

        var exception = await Exception(await _client.GetAsync("/wms?" + query, TestContext.Current.CancellationToken));

        Assert.Equal(code, (string?)exception.Attribute("code"));
    }

    [Fact]
    public async Task RefusesALegendOfAnUnknownLayer()
    {
        var response = await _client.GetAsync("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&SLD_VERSION=1.1.0&LAYER=x", TestContext.Current.CancellationToken);

        Assert.Equal("LayerNotDefined", (string?)(await Exception(response)).Attribute("code"));
    }

    private static async Task<XElement> Exception(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var report = XDocument.Parse(body).Root!;
        XNamespace ogc = "http://www.opengis.net/ogc";
        Assert.Equal(ogc + "ServiceExceptionReport", report.Name);
        Assert.Equal("1.3.0", (string?)report.Attribute("version"));
        return report.Elements(ogc + "ServiceException").Single();
    }
}
