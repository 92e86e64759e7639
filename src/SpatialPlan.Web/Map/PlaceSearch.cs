using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Map;

/// <summary>
/// Finds zones and places by name, Chinese or English/pinyin ("liubai", "Lingkun", "灵昆"): case, spaces,
/// hyphens, apostrophes and tone marks do not matter. Exact names rank first, then prefixes, then the rest;
/// within a rank, the plan's own layers (drawn on top) before the basemap.
/// </summary>
public sealed class PlaceSearch(LayerCatalogue catalogue, IFeatureReader store)
{
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
                var rank = Math.Min(Rank(needle, zh), Rank(needle, en));
                if (rank < int.MaxValue)
                {
                    ranked.Add((rank, index, new Hit(layer.Id, feature.Id, zh ?? en!, en ?? zh!, feature.Geometry.EnvelopeInternal)));
                }
            }
        }

        return ranked.OrderBy(r => r.Rank).ThenBy(r => r.Layer).Select(r => r.Hit).Take(MaxHits).ToList();
    }

    private static int Rank(string needle, string? name)
    {
        if (name is null)
        {
            return int.MaxValue;
        }

        var haystack = Normalize(name);
        return haystack == needle ? 0
            : haystack.StartsWith(needle, StringComparison.Ordinal) ? 1
            : haystack.Contains(needle, StringComparison.Ordinal) ? 2
            : int.MaxValue;
    }

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
