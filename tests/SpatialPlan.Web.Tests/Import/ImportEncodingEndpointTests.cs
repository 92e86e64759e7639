using System.Net;
using System.Text;
using NetTopologySuite.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Import;

/// <summary>The import's report shows the names as decoded, the encoding used and why; <c>encoding</c> overrides it.</summary>
public class ImportEncodingEndpointTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Url = "/api/built-up/import/validate";
    private const string Prj4326 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    private readonly HttpClient _client = factory.CreateClient();

    static ImportEncodingEndpointTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] GbkShapefileWithoutCpg() => ImportFiles.ShapefileZip(
        Parcels.ValidFeatures().Select((f, i) => (IFeature)new Feature(f.Geometry, new AttributesTable { { "id", f.Attributes["id"] }, { "name_zh", $"一期 地块 {i}" } })),
        Prj4326, Encoding.GetEncoding(936), leaveOut: ".cpg");

    private static MultipartFormDataContent Form(byte[] file, string name, string? encoding = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        if (encoding is not null)
        {
            form.Add(new StringContent(encoding), "encoding");
        }

        return form;
    }

    [Fact]
    public async Task ShowsTheDecodedNamesOfAGbkShapefileWithoutCpgAndWhichEncodingWasUsed()
    {
        var report = await HttpAssert.IsJson(await _client.PostAsync(Url, Form(GbkShapefileWithoutCpg(), "parcels.zip"), Ct));

        Assert.Equal("一期 地块 0", report.GetProperty("features")[0].GetProperty("name_zh").GetString());
        Assert.Equal(("GB18030", "detected"), (report.GetProperty("encoding").GetString(), report.GetProperty("encodingFrom").GetString()));
        Assert.Contains("not valid UTF-8", report.GetProperty("encodingReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakesTheEncodingThePlannerNames()
    {
        var report = await HttpAssert.IsJson(await _client.PostAsync(Url, Form(GbkShapefileWithoutCpg(), "parcels.zip", "gbk"), Ct));

        Assert.Equal(("GBK", "requested"), (report.GetProperty("encoding").GetString(), report.GetProperty("encodingFrom").GetString()));
        Assert.Equal("一期 地块 2", report.GetProperty("features")[2].GetProperty("name_zh").GetString());
    }

    [Fact]
    public async Task RefusesAnEncodingItDoesNotKnowNamingTheField()
    {
        var problem = await HttpAssert.IsProblem(await _client.PostAsync(Url, Form(GbkShapefileWithoutCpg(), "parcels.zip", "EBCDIC"), Ct), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("encoding", out _));
    }

    [Fact]
    public async Task ReadsAGeoJsonFileThatStartsWithAByteOrderMark()
    {
        var json = """{"type":"FeatureCollection","features":[{"type":"Feature","id":"B-1","properties":{"name_zh":"一期 B 地块"},"geometry":""" +
                   Parcels.GeoJson(Wkt.Read(Parcels.Valid[0].Wkt)) + "}]}";
        var file = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var report = await HttpAssert.IsJson(await _client.PostAsync(Url, Form(file, "parcels.geojson"), Ct));

        Assert.True(report.GetProperty("accepted").GetBoolean());
        Assert.Equal("一期 B 地块", report.GetProperty("features")[0].GetProperty("name_zh").GetString());
    }
}
