using System.Security.Cryptography;
using System.Text.Json;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// A collection's content hash: SHA-256 of its features as the GeoJSON writer writes them, so reformatting a file
/// changes nothing and any change of id, geometry or property reloads the collection.
/// </summary>
internal static class CollectionHash
{
    /// <summary>Raise it when the way rows are written changes, so every collection is reloaded once.</summary>
    private const string RowFormat = "rows-v1\n";

    public static string Of(IEnumerable<PlanFeature> features)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(RowFormat));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            GeoJsonFeatureWriter.WriteCollection(writer, features);
        }

        hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
