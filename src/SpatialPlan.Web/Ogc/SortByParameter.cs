using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Ogc;

/// <summary><c>sortby</c> (OGC API – Features Part 8 / Records): comma-separated queryables, each optionally prefixed
/// <c>+</c> (ascending, the default) or <c>-</c> (descending).</summary>
public static class SortByParameter
{
    public static IReadOnlyList<SortKey> Parse(string? text, IReadOnlyDictionary<string, PropertySchema> queryables, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return [];
        }

        var keys = new List<SortKey>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var name = part.TrimStart('+', '-');
            if (!queryables.TryGetValue(name, out var schema) || !schema.IsScalar)
            {
                errors["sortby"] = [$"'{EchoedText.Shorten(name, 60)}' is not a sortable property of this collection; GET …/queryables lists them"];
                return [];
            }

            keys.Add(new SortKey(name, descending, schema.Type));
        }

        return keys;
    }
}
