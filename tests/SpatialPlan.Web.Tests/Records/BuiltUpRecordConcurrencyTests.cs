using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>
/// Planners writing one record at the same time, on both stores: each request gets its true status, none a false
/// 404, and the history keeps every change in order. Optimistic concurrency: every GET, POST and PUT answer carries
/// the record's version as a strong ETag, and a PUT or DELETE whose If-Match names an older version is refused with
/// 412 naming the current one, so nobody's change is silently overwritten.
/// </summary>
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

    private async Task<string> CreateAsync() => (await CreateTaggedAsync()).Url;

    private async Task<(string Url, string ETag)> CreateTaggedAsync()
    {
        var response = await _planner.PostAsync("/ogc/collections/built-up/items" + AllowOverlap, Body("v1"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (response.Headers.Location!.AbsolutePath, response.Headers.ETag!.ToString());
    }

    private async Task<string?[]> HistoryActions(string url) =>
        (await HttpAssert.IsJson(await _planner.GetAsync(url + "/history", Ct))).GetProperty("versions").EnumerateArray()
        .Select(v => v.GetProperty("action").GetString()).ToArray();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? ifMatch, string? note = null)
    {
        var request = new HttpRequestMessage(method, method == HttpMethod.Put ? url + AllowOverlap : url) { Content = note is null ? null : Body(note) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _planner.SendAsync(request, Ct);
    }

    private async Task<string?> NoteOf(string url) =>
        (await HttpAssert.IsJson(await _planner.GetAsync(url, Ct), "application/geo+json")).GetProperty("properties").GetProperty("note").GetString();

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

    [Fact]
    public async Task GetPostAndPutCarryTheVersionAsAStrongETag()
    {
        var (url, created) = await CreateTaggedAsync();
        Assert.Equal("\"v1\"", created);

        var read = await _planner.GetAsync(url, Ct);
        Assert.Equal("\"v1\"", read.Headers.ETag!.ToString());
        Assert.False(read.Headers.ETag.IsWeak);

        var replaced = await SendAsync(HttpMethod.Put, url, created, "v2");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"v2\"", replaced.Headers.ETag!.ToString());
        Assert.Equal("\"v2\"", (await _planner.GetAsync(url, Ct)).Headers.ETag!.ToString());
    }

    [Fact]
    public async Task OfTwoWritersWithTheSameTagOneWinsAndTheOtherIsToldTheCurrentVersion()
    {
        var (url, tag) = await CreateTaggedAsync();

        var answers = await Task.WhenAll(SendAsync(HttpMethod.Put, url, tag, "A"), SendAsync(HttpMethod.Put, url, tag, "B"));

        var won = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.PreconditionFailed);
        var problem = await HttpAssert.IsProblem(lost, HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Contains("\"v2\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("\"v2\"", lost.Headers.ETag!.ToString());
        var winner = JsonDocument.Parse(await won.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("properties").GetProperty("note").GetString();
        Assert.Equal(winner, await NoteOf(url)); // the loser's change is not stored
        Assert.Equal(["created", "replaced"], await HistoryActions(url));
    }

    [Fact]
    public async Task AStaleTagCannotReplaceOrDeleteAndTheCurrentOneCan()
    {
        var (url, v1) = await CreateTaggedAsync();
        var v2 = (await SendAsync(HttpMethod.Put, url, v1, "v2")).Headers.ETag!.ToString();

        await HttpAssert.IsProblem(await SendAsync(HttpMethod.Put, url, v1, "stale"), HttpStatusCode.PreconditionFailed);
        await HttpAssert.IsProblem(await SendAsync(HttpMethod.Delete, url, v1), HttpStatusCode.PreconditionFailed);
        Assert.Equal("v2", await NoteOf(url));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, url, v2)).StatusCode);
        Assert.Equal(["created", "replaced", "deleted"], await HistoryActions(url));
    }

    [Theory]
    [InlineData("W/\"v1\"")] // a weak tag never matches in If-Match (RFC 9110 §13.1.1: strong comparison)
    [InlineData("\"abc\"")] // a tag of no version of ours
    [InlineData("\"v7\", \"v9\"")]
    public async Task ATagThatIsNotTheCurrentStrongTagIsRefusedWith412(string ifMatch)
    {
        var (url, _) = await CreateTaggedAsync();

        var problem = await HttpAssert.IsProblem(await SendAsync(HttpMethod.Put, url, ifMatch, "x"), HttpStatusCode.PreconditionFailed);

        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("v1", await NoteOf(url));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"v9\", \"v1\"")] // a list matches when any of its tags is the current one
    public async Task AnyOrAListNamingTheCurrentVersionMatches(string ifMatch)
    {
        var (url, _) = await CreateTaggedAsync();

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, url, ifMatch, "x")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, url, ifMatch == "*" ? "*" : "\"v2\"")).StatusCode);
    }

    [Theory]
    [InlineData("garbage")] // unquoted: not an entity tag
    [InlineData("\"v1")]
    public async Task AnIfMatchThatIsNotAListOfTagsIsRefusedNotIgnored(string ifMatch)
    {
        var (url, _) = await CreateTaggedAsync();

        var problem = await HttpAssert.IsProblem(await SendAsync(HttpMethod.Put, url, ifMatch, "x"), HttpStatusCode.BadRequest);
        Assert.Contains("If-Match", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.IsProblem(await SendAsync(HttpMethod.Delete, url, ifMatch), HttpStatusCode.BadRequest);
        Assert.Equal(["created"], await HistoryActions(url));
    }

    [Fact]
    public async Task AConditionalWriteOfAMissingRecordIs404()
    {
        await HttpAssert.IsProblem(await SendAsync(HttpMethod.Put, "/ogc/collections/built-up/items/bu-missing", "\"v1\"", "x"), HttpStatusCode.NotFound);
        await HttpAssert.IsProblem(await SendAsync(HttpMethod.Delete, "/ogc/collections/built-up/items/bu-missing", "\"v1\""), HttpStatusCode.NotFound);
    }
}

public sealed class BuiltUpRecordConcurrencyTestsWithEmbeddedStore(SpatialPlanAppFactory factory)
    : BuiltUpRecordConcurrencyTests<SpatialPlanAppFactory>(factory);

public sealed class BuiltUpRecordConcurrencyTestsWithPostGis(PostGisAppFactory factory)
    : BuiltUpRecordConcurrencyTests<PostGisAppFactory>(factory);
