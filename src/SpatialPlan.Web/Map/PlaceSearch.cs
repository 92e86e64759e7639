using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Map;

/// <summary>
/// Finds zones and places by name or alias, Chinese, English or pinyin ("liubai", "Lingkun", "灵昆", "zhongxinqu",
/// "zxq"): case, spaces, hyphens, apostrophes and tone marks do not matter. Exact names rank first, then prefixes,
/// then the rest, then pinyin initials; within a rank, the plan's own layers (drawn on top) before the basemap. A
/// place drawn in two layers (灵昆岛 as an island and as land) is one hit, the upper layer's.
/// </summary>
public sealed class PlaceSearch(LayerCatalogue catalogue, IFeatureReader store, PinyinIndex? pinyin = null)
{
    private readonly PinyinIndex _pinyin = pinyin ?? PinyinIndex.Empty;

    public const int MaxHits = 10;

    public sealed record Hit(string CollectionId, string FeatureId, string NameZh, string NameEn, Envelope Bounds);

    public async Task<IReadOnlyList<Hit>> FindAsync(string text, CancellationToken cancellationToken)
    {
        var needle = Normalize(text);
        if (needle.Length == 0)
        {
            return [];
        }

        var ranked = new List<(int Rank, int Layer, Hit Hit)>();
        foreach (var (layer, index) in catalogue.Layers.OrderByDescending(l => l.DrawOrder).Select((l, i) => (l, i)))
        {
            var page = await store.QueryAsync(layer.Id, FeatureQuery.All, cancellationToken);
            foreach (var feature in page?.Features ?? [])
            {
                var zh = feature.Text("name_zh");
                var en = feature.Text("name_en");
                var rank = Names(feature).Select(name => RankOf(needle, name)).DefaultIfEmpty(int.MaxValue).Min();
                if (rank < int.MaxValue)
                {
                    ranked.Add((rank, index, new Hit(layer.Id, feature.Id, zh ?? en!, en ?? zh!, feature.Geometry.EnvelopeInternal)));
                }
            }
        }

        return ranked.OrderBy(r => r.Rank).ThenBy(r => r.Layer).Select(r => r.Hit)
            .DistinctBy(h => (h.NameZh, h.NameEn)).Take(MaxHits).ToList();
    }

    /// <summary>Names, aliases and English name of a feature (aliases: the ways planners also call it, 温州机场).</summary>
    private static IEnumerable<string> Names(PlanFeature feature)
    {
        foreach (var key in new[] { "name_zh", "name_en" })
        {
            if (feature.Text(key) is { } name)
            {
                yield return name;
            }
        }

        if (feature.Attributes.Exists("aliases") && feature.Attributes["aliases"] is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } aliases)
        {
            foreach (var alias in aliases.EnumerateArray().Where(a => a.ValueKind == System.Text.Json.JsonValueKind.String))
            {
                yield return alias.GetString()!;
            }
        }
    }

    private int RankOf(string needle, string name)
    {
        var rank = Rank(needle, Normalize(name));
        if (_pinyin.Of(name) is { } reading)
        {
            rank = Math.Min(rank, Rank(needle, reading.Full));
            // Initials match whole only, or as a prefix: "zxq", "lkd"; a bare letter or two matches too much inside.
            rank = Math.Min(rank, reading.Initials == needle ? 1 : needle.Length >= 2 && reading.Initials.StartsWith(needle, StringComparison.Ordinal) ? 3 : int.MaxValue);
        }

        return rank;
    }

    private static int Rank(string needle, string haystack) =>
        haystack == needle ? 0
        : haystack.StartsWith(needle, StringComparison.Ordinal) ? 1
        : haystack.Contains(needle, StringComparison.Ordinal) ? 2
        : int.MaxValue;

    /// <summary>Lower case, no tone marks, no spaces, hyphens, dashes, apostrophes or brackets.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation || c is '\'' or '’' or '·')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
