using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>POST /api/built-up/import writes every parcel of a file as a record, or none.</summary>
public class BuiltUpImportWriteTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Url = "/api/built-up/import";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Planner()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
        return client;
    }

    private static MultipartFormDataContent Form(string geojson) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(geojson)), "file", "parcels.geojson" } };

    private async Task<int> RecordCount() =>
        (await HttpAssert.IsJson(await factory.CreateClient().GetAsync("/ogc/collections/built-up/items", Ct), "application/geo+json"))
        .GetProperty("numberMatched").GetInt32();

    [Fact]
    public async Task RefusesAnAnonymousImport() =>
        await HttpAssert.IsProblem(await factory.CreateClient().PostAsync(Url, Form(Parcels.FeatureCollection(Parcels.ValidGeometries())), Ct),
            HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ImportsEveryParcelAsAMeasuredRecord()
    {
        var before = await RecordCount();

        var response = await Planner().PostAsync(Url, Form(Parcels.FeatureCollection(Parcels.ValidGeometries())), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + Parcels.Valid.Length, await RecordCount());
    }

    [Fact]
    public async Task WritesNothingWhenOneParcelIsRejected()
    {
        var before = await RecordCount();
        var bowtie = Wkt.Read("POLYGON ((120.95 27.92, 120.97 27.94, 120.97 27.92, 120.95 27.94, 120.95 27.92))");
        var file = Parcels.FeatureCollection(Parcels.ValidGeometries().Append(("bad", bowtie)));

        var problem = await HttpAssert.IsProblem(await Planner().PostAsync(Url, Form(file), Ct), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(1, problem.GetProperty("report").GetProperty("rejectedCount").GetInt32());
        Assert.Equal(before, await RecordCount());
    }
}
