using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Import;

/// <summary>POST /api/built-up/import/validate: a report for readable files, problem+json for the rest, no writes.</summary>
public class ImportValidateEndpointTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Url = "/api/built-up/import/validate";
    private const string Prj4549 = """PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private readonly HttpClient _client = factory.CreateClient();

    private static MultipartFormDataContent Form(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private Task<HttpResponseMessage> Post(HttpContent content, HttpClient? client = null) =>
        (client ?? _client).PostAsync(Url, content, TestContext.Current.CancellationToken);

    private static byte[] ValidGeoJson() => Encoding.UTF8.GetBytes(Parcels.FeatureCollection(Parcels.ValidGeometries()));

    [Fact]
    public async Task ReportsEveryFeatureOfAValidGeoJsonFileWithItsAreaAndWritesNothing()
    {
        var report = await HttpAssert.IsJson(await Post(Form(ValidGeoJson(), "parcels.geojson")));

        Assert.True(report.GetProperty("accepted").GetBoolean());
        Assert.Equal((3, 3, 0), (report.GetProperty("featureCount").GetInt32(), report.GetProperty("acceptedCount").GetInt32(), report.GetProperty("rejectedCount").GetInt32()));
        Assert.Equal(("geojson", "EPSG:4326", "default"), (report.GetProperty("format").GetString(), report.GetProperty("crs").GetString(), report.GetProperty("crsFrom").GetString()));
        Assert.Equal("A-2", report.GetProperty("features")[1].GetProperty("id").GetString());
        Assert.Equal(EllipsoidalArea.SquareMetres(Wkt.Read(Parcels.Valid[1].Wkt)), report.GetProperty("features")[1].GetProperty("areaEllipsoidalM2").GetDouble(), 0.006);
        Assert.False(report.GetProperty("written").GetBoolean());

        var builtUp = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/built-up/items", TestContext.Current.CancellationToken), "application/geo+json");
        Assert.Equal(0, builtUp.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task ReadsAZippedShapefileIn4549ByItsPrj()
    {
        var zip = ImportFiles.ShapefileZip(Parcels.InGaussKruger(Parcels.ValidFeatures()), Prj4549);

        var report = await HttpAssert.IsJson(await Post(Form(zip, "parcels.zip")));

        Assert.Equal(("shapefile", "EPSG:4549", ".prj"), (report.GetProperty("format").GetString(), report.GetProperty("crs").GetString(), report.GetProperty("crsFrom").GetString()));
        Assert.True(report.GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public async Task UsesTheDeclaredCrsForAGeoPackageThatLeavesItUndefined()
    {
        var gpkg = ImportFiles.GeoPackage(Parcels.ValidGeometries().Select(p => (p.Id, PlanarMeasure.ToGaussKruger(p.Geometry))), ImportFiles.Epsg(0));

        var report = await HttpAssert.IsJson(await Post(Form(gpkg, "parcels.gpkg", ("crs", "EPSG:4549"))));

        Assert.Equal(("EPSG:4549", "declared"), (report.GetProperty("crs").GetString(), report.GetProperty("crsFrom").GetString()));
    }

    [Fact]
    public async Task AcceptsNothingWhenOneFeatureIsRejectedAndSaysWhichWhyAndWhere()
    {
        var features = Parcels.ValidGeometries().Append(("B-7", Wkt.Read(Parcels.Bowtie)));

        var report = await HttpAssert.IsJson(await Post(Form(Encoding.UTF8.GetBytes(Parcels.FeatureCollection(features)), "parcels.geojson")));

        Assert.False(report.GetProperty("accepted").GetBoolean());
        Assert.Equal((0, 3, 1), (report.GetProperty("acceptedCount").GetInt32(), report.GetProperty("validCount").GetInt32(), report.GetProperty("rejectedCount").GetInt32()));
        var rejected = report.GetProperty("rejected")[0];
        Assert.Equal((3, "B-7"), (rejected.GetProperty("index").GetInt32(), rejected.GetProperty("id").GetString()));
        Assert.Contains("Self-intersection", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(120.9325, rejected.GetProperty("location")[0].GetDouble(), 9);
        Assert.StartsWith("Nothing is accepted", report.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parcels.geojson", "{ not json", "not valid JSON")]
    [InlineData("parcels.pdf", "%PDF-1.7", "not a GeoJSON FeatureCollection, a zipped shapefile")]
    [InlineData("parcels.geojson", """{"type":"FeatureCollection","features":[]}""", "no features")]
    [InlineData("parcels.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","id":"\ud800","properties":{},"geometry":null}]}""", "features[0].id holds a lone UTF-16 surrogate")]
    public async Task AnswersAnUnusableFileWith400NamingTheFile(string name, string content, string problem)
    {
        var response = await Post(Form(Encoding.UTF8.GetBytes(content), name));

        var errors = (await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains(problem, errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAGeoPackageWithAGeneratedColumnWith400NamingTheColumn()
    {
        var gpkg = ImportFiles.GeoPackage(Parcels.ValidGeometries(), ImportFiles.Epsg(4326),
            "ALTER TABLE parcels ADD COLUMN big BLOB GENERATED ALWAYS AS (zeroblob(50000000)) VIRTUAL;");

        var errors = (await HttpAssert.IsProblem(await Post(Form(gpkg, "parcels.gpkg")), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Contains("generated column 'big'", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAShapefileWithABadPrjWith400()
    {
        var zip = ImportFiles.ShapefileZip(Parcels.ValidFeatures(), "PROJCS[broken");

        var errors = (await HttpAssert.IsProblem(await Post(Form(zip, "parcels.zip")), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.StartsWith(".prj:", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAZipWithAPathTraversalEntryWith400()
    {
        var zip = ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4549, extraEntries: [("../../evil.sh", "x"u8.ToArray())]);

        var errors = (await HttpAssert.IsProblem(await Post(Form(zip, "parcels.zip")), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Contains("unsafe", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAFormWithoutAFile() =>
        Assert.True((await HttpAssert.IsProblem(await Post(new MultipartFormDataContent { { new StringContent("EPSG:4326"), "crs" } }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("file", out _));

    [Fact]
    public async Task RefusesTwoFiles()
    {
        var form = Form(ValidGeoJson(), "a.geojson");
        form.Add(new ByteArrayContent(ValidGeoJson()), "file", "b.geojson");

        Assert.Equal("one file at a time", (await HttpAssert.IsProblem(await Post(form), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Theory]
    [InlineData("crs", "EPSG:3857", "crs")]
    [InlineData("srs", "EPSG:4549", "srs")]
    public async Task RefusesAnUnsupportedCrsOrAnUnknownField(string field, string value, string named) =>
        Assert.True((await HttpAssert.IsProblem(await Post(Form(ValidGeoJson(), "p.geojson", (field, value))), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty(named, out _));

    [Fact]
    public async Task RefusesAMalformedMultipartBody()
    {
        var content = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nno closing boundary"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        await HttpAssert.IsProblem(await Post(content), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RefusesABodyThatIsNotMultipartWith415() =>
        await HttpAssert.IsProblem(await Post(new ByteArrayContent(ValidGeoJson()) { Headers = { ContentType = new MediaTypeHeaderValue("application/geo+json") } }), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task RefusesAnUploadOverTheConfiguredSizeWith413()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("BuiltUpImportOptions:MaxUploadBytes", "4096"));
        var big = System.Security.Cryptography.RandomNumberGenerator.GetBytes(10_000); // incompressible, over 4 KB

        await HttpAssert.IsProblem(await Post(Form(big, "big.zip"), small.CreateClient()), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PutsTheEndpointInTheOpenApiDocument()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/ogc/openapi.json", TestContext.Current.CancellationToken)).RootElement;

        Assert.True(document.GetProperty("paths").TryGetProperty(Url, out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/measure", out _));
    }
}
