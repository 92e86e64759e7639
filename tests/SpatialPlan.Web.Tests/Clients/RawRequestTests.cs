using System.Net;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>Requests the in-memory test server cannot carry, sent to the real Kestrel socket.</summary>
public class RawRequestTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>
{
    [Fact]
    public async Task RefusesANullCharacterInThePathAndKeepsServing()
    {
        using var client = new HttpClient { BaseAddress = new Uri(factory.BaseAddress) };

        // Kestrel refuses it before the app runs, so the answer is a bare 400, not problem+json.
        var response = await client.GetAsync("/ogc/collections/plan-zones/items/%00", TestContext.Current.CancellationToken);
        var after = await client.GetAsync("/ogc/collections", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
