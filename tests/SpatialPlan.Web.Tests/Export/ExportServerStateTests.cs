using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Web.Export;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>What the server cannot do right now is a 503 problem+json, never an unhandled 500.</summary>
public class ExportServerStateTests
{
    [Fact]
    public async Task AnswersWithoutAChineseFontWith503NamingTheFix()
    {
        using var factory = new ConfiguredAppFactory(
            ("ExportOptions:UseWellKnownFontPaths", "false"),
            ("ExportOptions:FontPaths:0", "/nonexistent/NoSuchFont.ttc"));
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/export?width=200&height=200", TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("fonts-noto-cjk", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnsAwayARenderWhenEverySlotIsTakenWith503AndRetryAfter()
    {
        using var factory = new ConfiguredAppFactory(
            ("ExportOptions:MaxConcurrentRenders", "1"), ("ExportOptions:MaxQueuedRenders", "0"), ("ExportOptions:RetryAfterSeconds", "7"));
        using var client = factory.CreateClient();
        using var held = factory.Services.GetRequiredService<RenderGate>().TryEnter();

        var response = await client.GetAsync("/api/export?width=200&height=200", TestContext.Current.CancellationToken);

        await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task FreesTheSlotAfterEachRender()
    {
        using var factory = new ConfiguredAppFactory(("ExportOptions:MaxConcurrentRenders", "1"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync("/api/export?width=200&height=200", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task StopsARenderThatOutlastsTheTimeoutWith503()
    {
        using var factory = new ConfiguredAppFactory(("ExportOptions:RenderTimeoutSeconds", "0.001"));
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/export?paper=A3&dpi=300", TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Export timed out", problem.GetProperty("title").GetString());
    }
}
