using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>
/// The scenario on each store: the same two parcels imported three times (GeoJSON, zipped shapefile in
/// EPSG:4549, GeoPackage), one record in 柳白 and one at sea. The summary counts the parcels once, puts only the
/// in-phase area toward 20 km², shows the rest by zone and outside, and every breakdown adds up exactly.
/// </summary>
public abstract class BuiltUpTallyScenarioTests<TFactory> : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : SpatialPlanAppFactory
{
    private const string Prj4549 = """PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";
    private const string SecondParcel = "POLYGON ((120.962 27.910, 120.972 27.910, 120.972 27.920, 120.962 27.920, 120.962 27.910))";

    private readonly HttpClient _planner;
    private readonly HttpClient _anonymous;
    private JsonElement _summary;

    protected BuiltUpTallyScenarioTests(TFactory factory)
    {
        factory.RequireStore();
        _anonymous = factory.CreateClient();
        _planner = factory.CreateClient();
        _planner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string Id, Geometry Geometry)[] TwoParcels => [("A-1", Wkt.Read(TallyScenario.Phase1)), ("A-2", Wkt.Read(SecondParcel))];

    private async Task ImportAsync(byte[] file, string name)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        var response = await _planner.PostAsync("/api/built-up/import?onOverlap=allow", form, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task PostAsync(string wkt, int year)
    {
        var body = BuiltUpRecordBodies.Feature(geometry: Parcels.GeoJson(Wkt.Read(wkt)), properties: $$"""{"built_year":{{year}}}""");
        var response = await _planner.PostAsync("/ogc/collections/built-up/items", new StringContent(body, Encoding.UTF8, "application/geo+json"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async ValueTask InitializeAsync()
    {
        if ((await HttpAssert.IsJson(await _anonymous.GetAsync("/api/built-up/summary", Ct))).GetProperty("records").GetInt32() == 0)
        {
            await ImportAsync(Encoding.UTF8.GetBytes(Parcels.FeatureCollection(TwoParcels)), "parcels.geojson");
            var shapes = TwoParcels.Select(p => (IFeature)new Feature(PlanarMeasure.ToGaussKruger(p.Geometry), new AttributesTable { { "id", p.Id } }));
            await ImportAsync(ImportFiles.ShapefileZip(shapes, Prj4549), "parcels.zip");
            await ImportAsync(ImportFiles.GeoPackage(TwoParcels.Select(p => (p.Id, p.Geometry)), ImportFiles.Epsg(4326)), "parcels.gpkg");
            await PostAsync(TallyScenario.Liubai, 2023);
            await PostAsync(TallyScenario.AtSea, 2024);
        }

        _summary = await HttpAssert.IsJson(await _anonymous.GetAsync("/api/built-up/summary", Ct));
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static readonly Lazy<BuiltUpTally> Once = new(() => BuiltUpTallyOp.Tally(
        [.. TwoParcels.Select(p => new PlanFeature(p.Id, p.Geometry, new AttributesTable())),
            new PlanFeature("liubai", Wkt.Read(TallyScenario.Liubai), new AttributesTable()),
            new PlanFeature("sea", Wkt.Read(TallyScenario.AtSea), new AttributesTable())],
        BreakdownRegions.From(PlanData.Collection("plan-zones"), PlanData.Collection("development-area"))));

    private decimal M2(string name) => _summary.GetProperty(name).GetDecimal();

    private static decimal Sum(JsonElement parts) => parts.EnumerateArray().Sum(p => p.GetProperty("areaM2").GetDecimal());

    [Fact]
    public void CountsTheThriceImportedParcelsOnce()
    {
        Assert.Equal(8, _summary.GetProperty("records").GetInt32());
        Assert.InRange(M2("totalM2"), Once.Value.Total.SquareMetres - 1, Once.Value.Total.SquareMetres + 1);
        var twoParcels = Once.Value.RecordsSum.SquareMetres - Once.Value.ByZone.Single(z => z.Id == "zone-liubai").Area.SquareMetres - Once.Value.Outside.SquareMetres;
        Assert.InRange(M2("overlapM2"), 2 * twoParcels - 2, 2 * twoParcels + 2);
        Assert.Equal(6, _summary.GetProperty("overlaps").GetArrayLength()); // each pair of the three copies, for both parcels
    }

    [Fact]
    public void PutsOnlyTheInPhaseAreaTowardTheTarget()
    {
        Assert.InRange(M2("countedM2"), Once.Value.Counted.SquareMetres - 1, Once.Value.Counted.SquareMetres + 1);
        Assert.True(M2("countedM2") < M2("totalM2") - 4_000_000m, "柳白 and the sea are not counted");
        Assert.Equal((double)M2("countedM2") / 20_000_000, _summary.GetProperty("shareOfTarget").GetDouble(), 6);
        var liubai = _summary.GetProperty("byZone").EnumerateArray().Single(z => z.GetProperty("id").GetString() == "zone-liubai");
        Assert.True(liubai.GetProperty("areaM2").GetDecimal() > 2_000_000m);
        Assert.InRange(M2("outsideM2"), Once.Value.Outside.SquareMetres - 1, Once.Value.Outside.SquareMetres + 1);
    }

    [Fact]
    public void EveryBreakdownAddsUpExactlyInTheJson()
    {
        Assert.Equal(M2("totalM2"), Sum(_summary.GetProperty("byZone")) + M2("outsideM2"));
        Assert.Equal(M2("totalM2"), Sum(_summary.GetProperty("byYear")));
        Assert.Equal(M2("countedM2"), Sum(_summary.GetProperty("byPhase")));
        Assert.Equal(M2("recordsSumM2") - M2("totalM2"), M2("overlapM2"));
        var progress = _summary.GetProperty("progress").EnumerateArray().ToList();
        Assert.Equal([2021, 2022, 2023, 2024, 2025], progress.Select(p => p.GetProperty("year").GetInt32()));
        Assert.Equal(20_000_000m, progress[^1].GetProperty("pathM2").GetDecimal());
        Assert.True(_summary.GetProperty("method").GetProperty("countedM2").GetString()!.Length > 20);
    }

    [Fact]
    public async Task KeepsEachFilesOwnParcelId()
    {
        var items = await HttpAssert.IsJson(await _anonymous.GetAsync("/ogc/collections/built-up/items", Ct), "application/geo+json");

        var sourceIds = items.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").TryGetProperty("source_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null)
            .OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.Equal([null, null, "1", "2", "A-1", "A-1", "A-2", "A-2"], sourceIds);
    }
}

public sealed class BuiltUpTallyScenarioTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : BuiltUpTallyScenarioTests<SpatialPlanAppFactory>(factory);

public sealed class BuiltUpTallyScenarioTestsWithPostGis(PostGisAppFactory factory) : BuiltUpTallyScenarioTests<PostGisAppFactory>(factory);
