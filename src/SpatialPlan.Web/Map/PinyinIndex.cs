using System.Text.Json;

namespace SpatialPlan.Web.Map;

/// <summary>
/// The pinyin of the geodata's Chinese names, full and initials (中心区 → zhongxinqu, zxq), written at build time by
/// <c>tools/pinyin-index.mjs</c> with the npm library pinyin-pro. A name the build did not see (a planner's record)
/// has none; a missing file means no pinyin at all, never a failed start.
/// </summary>
public sealed class PinyinIndex
{
    public const string FileName = "pinyin-index.json";

    private readonly IReadOnlyDictionary<string, Reading> _readings;

    public sealed record Reading(string Full, string Initials);

    public PinyinIndex(IReadOnlyDictionary<string, Reading> readings) => _readings = readings;

    public static PinyinIndex Empty { get; } = new(new Dictionary<string, Reading>());

    /// <summary>The index shipped beside the app (<c>search/pinyin-index.json</c>), or an empty one.</summary>
    public static PinyinIndex Shipped() => Load(Path.Combine(AppContext.BaseDirectory, "search", FileName));

    public static PinyinIndex Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        using var stream = File.OpenRead(path);
        var raw = JsonSerializer.Deserialize<Dictionary<string, Entry>>(stream) ?? [];
        return new PinyinIndex(raw.ToDictionary(e => e.Key, e => new Reading(e.Value.full, e.Value.initials), StringComparer.Ordinal));
    }

    /// <summary>The reading of a name, or null where the index has none.</summary>
    public Reading? Of(string name) => _readings.GetValueOrDefault(name);

    public int Count => _readings.Count;

#pragma warning disable IDE1006 // the file's own field names
    private sealed record Entry(string full, string initials);
#pragma warning restore IDE1006
}
