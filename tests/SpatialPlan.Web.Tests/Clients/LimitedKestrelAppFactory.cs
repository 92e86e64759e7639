namespace SpatialPlan.Web.Tests.Clients;

/// <summary>The app on a real Kestrel with tight limits, so the slow-client and big-body cases end quickly.</summary>
public sealed class LimitedKestrelAppFactory() : KestrelAppFactory(
[
    ("Kestrel:Limits:RequestHeadersTimeout", "00:00:01"),
    ("Kestrel:Limits:MaxRequestBodySize", "1048576"),
    ("Kestrel:Limits:MinRequestBodyDataRate:BytesPerSecond", "100"),
    ("Kestrel:Limits:MinRequestBodyDataRate:GracePeriod", "00:00:02"),
]);
