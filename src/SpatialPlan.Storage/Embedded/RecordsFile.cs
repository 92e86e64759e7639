using System.Globalization;
using System.Text.Json;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// A writable collection's file as earlier versions wrote it: the current records as a GeoJSON FeatureCollection and,
/// in the foreign member <c>history</c>, every version of every record. Read once, to migrate it into the records
/// database (<see cref="RecordsMigration"/>).
/// </summary>
internal static class RecordsFile
{
    private const string HistoryMember = "history";

    /// <summary>The history saved in a records file (empty for a file written before history was kept).</summary>
    public static IReadOnlyList<FeatureVersion> ReadHistory(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = GeoJsonSerialization.MaxDepth });
        if (!document.RootElement.TryGetProperty(HistoryMember, out var history) || history.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var versions = new List<FeatureVersion>();
        foreach (var entry in history.EnumerateArray())
        {
            var (feature, problem) = FeatureCollectionReader.ReadFeature(entry.GetProperty("feature"), $"history #{versions.Count}");
            if (feature is null)
            {
                throw new GeodataException([new GeodataProblem(Path.GetFileName(path), problem!.FeatureRef, problem.Message)]);
            }

            versions.Add(new FeatureVersion(
                entry.GetProperty("featureId").GetString()!,
                entry.GetProperty("version").GetInt32(),
                Enum.Parse<VersionAction>(entry.GetProperty("action").GetString()!, ignoreCase: true),
                DateTimeOffset.Parse(entry.GetProperty("at").GetString()!, CultureInfo.InvariantCulture),
                entry.GetProperty("author").GetString(),
                feature));
        }

        return versions;
    }
}
