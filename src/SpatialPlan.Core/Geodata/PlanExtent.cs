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
    /// <summary>West edge in degrees (<c>bbox[0]</c>).</summary>
    [JsonIgnore] public double MinLon => Bbox[0];
    /// <summary>South edge in degrees (<c>bbox[1]</c>).</summary>
    [JsonIgnore] public double MinLat => Bbox[1];
    /// <summary>East edge in degrees (<c>bbox[2]</c>).</summary>
    [JsonIgnore] public double MaxLon => Bbox[2];
    /// <summary>North edge in degrees (<c>bbox[3]</c>).</summary>
    [JsonIgnore] public double MaxLat => Bbox[3];

    /// <summary>The extent as an NTS envelope (x = lon, y = lat); a new instance each call.</summary>
    [JsonIgnore] public Envelope Envelope => new(MinLon, MaxLon, MinLat, MaxLat);

    /// <summary>Whether the point lies inside the extent; points on the edge count as inside.</summary>
    public bool Contains(double lon, double lat) =>
        lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;

    /// <summary>True where (x, y) lies outside but (y, x) would lie inside: latitude written first.</summary>
    public bool ContainsSwapped(double x, double y) => !Contains(x, y) && Contains(y, x);
}
