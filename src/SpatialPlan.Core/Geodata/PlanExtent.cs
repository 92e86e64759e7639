using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// The area the plan covers, in lon/lat (EPSG:4326 ≈ CGCS2000). Every stored coordinate lies inside it;
/// one outside is a digitising error or swapped axes.
/// </summary>
public sealed record PlanExtent(
    [property: JsonPropertyName("bbox")] IReadOnlyList<double> Bbox,
    [property: JsonPropertyName("crs")] string Crs)
{
    [JsonIgnore] public double MinLon => Bbox[0];
    [JsonIgnore] public double MinLat => Bbox[1];
    [JsonIgnore] public double MaxLon => Bbox[2];
    [JsonIgnore] public double MaxLat => Bbox[3];

    [JsonIgnore] public Envelope Envelope => new(MinLon, MaxLon, MinLat, MaxLat);

    public bool Contains(double lon, double lat) =>
        lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;

    /// <summary>True where (x, y) lies outside but (y, x) would lie inside: latitude written first.</summary>
    public bool ContainsSwapped(double x, double y) => !Contains(x, y) && Contains(y, x);
}
