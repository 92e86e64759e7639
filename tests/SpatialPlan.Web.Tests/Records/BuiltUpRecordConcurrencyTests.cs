using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>Planners writing one record at the same time, on both stores: each request gets its true status, none a
/// false 404, and the history keeps every change in order.</summary>
public abstract class BuiltUpRecordConcurrencyTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _planner;

    protected BuiltUpRecordConcurrencyTests(TFactory factory)
    {
        factory.RequireStore();
        _planner = factory.CreateClient();
        _planner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Every record here is the same test parcel: allowed, as these tests are about concurrent writes, not overlaps.
    private const string AllowOverlap = "?onOverlap=allow";

    private static StringContent Body(string note) =>
        new(BuiltUpRecordBodies.Feature(properties: $$"""{"note":"{{note}}"}"""), Encoding.UTF8, "application/geo+json");

    private async Task<string> CreateAsync()
    {
        var response = await _planner.PostAsync("/ogc/collections/built-up/items?onOverlap=allow", Body("v1"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"/ogc/collections/built-up/items/{JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString()}";
    }

    private async Task<string?[]> HistoryActions(string url) =>
        (await HttpAssert.IsJson(await _planner.GetAsync(url + "/history", Ct))).GetProperty("versions").EnumerateArray()
        .Select(v => v.GetProperty("action").GetString()).ToArray();

    [Fact]
    public async Task AnswersEveryOneOfConcurrentReplacesOfOneRecordWith200()
    {
        var url = await CreateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => _planner.PutAsync(url + AllowOverlap, Body($"writer {i}"), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var history = await HistoryActions(url);
        Assert.Equal(["created", .. Enumerable.Repeat("replaced", 16)], history);
    }

    [Fact]
    public async Task GivesAPutRacingADeleteATrueAnswer()
    {
        var url = await CreateAsync();

        var (put, delete) = (_planner.PutAsync(url + AllowOverlap, Body("replaced"), Ct), _planner.DeleteAsync(url, Ct));
        await Task.WhenAll(put, delete);

        Assert.Equal(HttpStatusCode.NoContent, (await delete).StatusCode); // the record was there for the delete either way
        var history = await HistoryActions(url);
        if ((await put).StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(["created", "replaced", "deleted"], history);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, (await put).StatusCode);
            Assert.Equal(["created", "deleted"], history);
        }
    }
}

public sealed class BuiltUpRecordConcurrencyTestsWithEmbeddedStore(SpatialPlanAppFactory factory)
    : BuiltUpRecordConcurrencyTests<SpatialPlanAppFactory>(factory);

public sealed class BuiltUpRecordConcurrencyTestsWithPostGis(PostGisAppFactory factory)
    : BuiltUpRecordConcurrencyTests<PostGisAppFactory>(factory);
