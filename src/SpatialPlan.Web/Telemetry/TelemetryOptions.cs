namespace SpatialPlan.Web.Telemetry;

/// <summary>Metrics for Prometheus (<c>Telemetry</c>): off unless a port is given, and never on the public port.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Port of the scrape endpoint <c>http://{MetricsHost}:{port}/metrics</c>; 0: no metrics at all.</summary>
    public int MetricsPort { get; set; }

    /// <summary>Where the scrape endpoint listens: loopback unless a scraper on another machine needs it (then keep
    /// the port off the public network).</summary>
    public string MetricsHost { get; set; } = "127.0.0.1";
}
