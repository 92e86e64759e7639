using System.Text.Json;

namespace SpatialPlan.Web.Tests.Crs;

/// <summary>The coordinate pairs of GeoJSON features as written, in order, for comparing answers number by number.</summary>
public static class GeoJsonCoordinates
{
    public static List<(double First, double Second)> Of(JsonElement featureOrCollection)
    {
        var pairs = new List<(double, double)>();
        if (featureOrCollection.TryGetProperty("features", out var features))
        {
            foreach (var feature in features.EnumerateArray())
            {
                Collect(feature.GetProperty("geometry").GetProperty("coordinates"), pairs);
            }
        }
        else
        {
            Collect(featureOrCollection.GetProperty("geometry").GetProperty("coordinates"), pairs);
        }

        return pairs;
    }

    private static void Collect(JsonElement coordinates, List<(double, double)> pairs)
    {
        if (coordinates[0].ValueKind == JsonValueKind.Number)
        {
            pairs.Add((coordinates[0].GetDouble(), coordinates[1].GetDouble()));
            return;
        }

        foreach (var inner in coordinates.EnumerateArray())
        {
            Collect(inner, pairs);
        }
    }
}
