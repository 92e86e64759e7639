using System.Text.Json;

namespace SpatialPlan.Core.Plan;

/// <summary>Reads <c>plan.json</c>; a missing or malformed file stops start-up with a message naming it.</summary>
public static class PlanDocumentReader
{
    /// <summary>The plan document's file name in the seeds folder.</summary>
    public const string FileName = "plan.json";

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The plan document in <paramref name="seedsDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable, empty or not the expected JSON; the message names it.</exception>
    public static PlanDocument Read(string seedsDirectory)
    {
        var path = Path.Combine(seedsDirectory, FileName);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<PlanDocument>(stream, Options)
                   ?? throw new InvalidDataException($"{path}: empty");
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
