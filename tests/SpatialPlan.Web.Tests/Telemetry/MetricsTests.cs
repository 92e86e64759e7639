using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace SpatialPlan.Web.Tests.Telemetry;

/// <summary>With <c>Telemetry:MetricsPort</c> set, Prometheus scrapes request durations per route from that port (the
/// app's own port does not serve them); the scrape parses as Prometheus text. Off by default.</summary>
public sealed partial class MetricsTests : IClassFixture<MetricsTests.MetricsAppFactory>, IClassFixture<SpatialPlanAppFactory>
{
    private readonly MetricsAppFactory _app;
    private readonly SpatialPlanAppFactory _plain;

    public MetricsTests(MetricsAppFactory app, SpatialPlanAppFactory plain) => (_app, _plain) = (app, plain);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheScrapeOnItsOwnPortHasTheRequestDurationPerRouteAsPrometheusText()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ogc/collections/plan-zones/items?limit=2", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics", Ct)).StatusCode); // not on the app's port

        using var scraper = new HttpClient();
        string text = "";
        for (var attempt = 0; attempt < 20 && !RequestDurationOfTheItemsRoute().IsMatch(text); attempt++)
        {
            text = await scraper.GetStringAsync($"http://127.0.0.1:{_app.MetricsPort}/metrics", Ct);
            await Task.Delay(100, Ct);
        }

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Matches(RequestDurationOfTheItemsRoute(), text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(PrometheusLine(), line);
        }
    }

    [Fact]
    public void WithoutAPortThereIsNoMeterProvider() =>
        Assert.Null(_plain.Services.GetService(typeof(OpenTelemetry.Metrics.MeterProvider)));

    /// <summary>A comment (<c># HELP</c>, <c># TYPE</c>, <c># EOF</c>) or <c>name{labels} value [timestamp]</c>.</summary>
    [GeneratedRegex("""^(# (HELP|TYPE|EOF).*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? \S+( \d+)?)$""")]
    private static partial Regex PrometheusLine();

    [GeneratedRegex("""http_server_request_duration_seconds_count\{[^}]*http_route="/ogc/collections/\{collectionId\}/items/?"[^}]*\} [1-9]""")]
    private static partial Regex RequestDurationOfTheItemsRoute();

    /// <summary>The app with metrics on a free loopback port.</summary>
    public sealed class MetricsAppFactory : SpatialPlanAppFactory
    {
        public int MetricsPort { get; } = FreePort();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:MetricsPort", MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
