using System.Globalization;
using System.Text;

namespace SpatialPlan.Web.Tests.Measure;

/// <summary>Posts bodies to /api/measure and builds the polygons the tests send.</summary>
public static class MeasureClient
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string contentType = "application/geo+json") =>
        client.PostAsync("/api/measure", new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    /// <summary>A closed ring of n distinct positions on a small circle at 灵昆 (n + 1 positions in all).</summary>
    public static string CirclePolygon(int n)
    {
        var positions = Enumerable.Range(0, n + 1).Select(i =>
        {
            var angle = 2 * Math.PI * (i % n) / n;
            return string.Create(CultureInfo.InvariantCulture, $"[{120.92 + (0.01 * Math.Cos(angle)):R},{27.95 + (0.01 * Math.Sin(angle)):R}]");
        });
        return $$"""{"type":"Polygon","coordinates":[[{{string.Join(',', positions)}}]]}""";
    }
}
