using System.Globalization;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.TestSupport;

/// <summary>
/// Synthetic cadastral parcels for index and latency tests, the same every run for a seed: a grid over
/// 120.6–121.2°E, 27.8–28.1°N with at least <c>count</c> cells, one jittered quadrilateral (counter-clockwise,
/// inside its cell, so parcels never overlap) in each of <c>count</c> randomly chosen cells. Ids are numbered in
/// that random order, so id order and position are unrelated, as in real data.
/// </summary>
public static class SyntheticParcels
{
    public const string CollectionId = "parcels";

    public static readonly Envelope Bounds = new(120.6, 121.2, 27.8, 28.1);

    private static readonly string[] LandUses = ["industrial", "residential", "commercial", "green", "logistics"];

    public static IEnumerable<JsonObject> Features(int count, int seed)
    {
        var random = new Random(seed);
        var columns = (int)Math.Ceiling(Math.Sqrt(count * Bounds.Width / Bounds.Height));
        var rows = (int)Math.Ceiling((double)count / columns);
        var (cellWidth, cellHeight) = (Bounds.Width / columns, Bounds.Height / rows);
        var cells = Enumerable.Range(0, columns * rows).ToArray();
        random.Shuffle(cells);
        for (var i = 0; i < count; i++)
        {
            var (minX, minY) = (Bounds.MinX + cells[i] % columns * cellWidth, Bounds.MinY + cells[i] / columns * cellHeight);
            double Jitter(double size) => size * (0.05 + 0.2 * random.NextDouble());
            var ring = new[]
            {
                Corner(minX + Jitter(cellWidth), minY + Jitter(cellHeight)),
                Corner(minX + cellWidth - Jitter(cellWidth), minY + Jitter(cellHeight)),
                Corner(minX + cellWidth - Jitter(cellWidth), minY + cellHeight - Jitter(cellHeight)),
                Corner(minX + Jitter(cellWidth), minY + cellHeight - Jitter(cellHeight)),
            };
            var polygon = GeometryFactories.LonLat.CreatePolygon([.. ring, ring[0]]);
            yield return MiniGeodata.Feature($"parcel-{i + 1:D5}", polygon, new JsonObject
            {
                ["landuse"] = LandUses[random.Next(LandUses.Length)],
                ["name_zh"] = $"地块 {i + 1}",
                ["floor_area_ratio"] = Math.Round(0.5 + 3 * random.NextDouble(), 2),
            });
        }
    }

    /// <summary>7 decimals, as the geodata files and the peer harness write them.</summary>
    private static Coordinate Corner(double x, double y) =>
        new(Math.Round(x, 7), Math.Round(y, 7));

    /// <summary>A box of about 1% of <see cref="Bounds"/> near its middle: a typical map-view query (~100 parcels).</summary>
    public static Envelope SmallBox => new(120.88, 120.94, 27.935, 27.965);

    public static string Describe(Envelope box) => string.Create(CultureInfo.InvariantCulture,
        $"{box.MinX},{box.MinY},{box.MaxX},{box.MaxY}");
}
