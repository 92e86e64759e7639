using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Core.Filtering;

/// <summary>
/// Whether a filter can be answered for a collection: every property it names is a queryable, and each is compared
/// with a value of its type (text with text, numbers with numbers, booleans with booleans; LIKE on text; arrays only
/// tested for null). Both stores then read each property as that type, so they cannot disagree about a coercion.
/// </summary>
public static class FilterCheck
{
    /// <summary>The problems, one sentence each naming the property; empty when the filter is fine.</summary>
    public static IReadOnlyList<string> Problems(FilterExpression filter, IReadOnlyDictionary<string, PropertySchema> queryables)
    {
        var problems = new List<string>();
        Visit(filter, queryables, problems);
        return problems;
    }

    private static void Visit(FilterExpression filter, IReadOnlyDictionary<string, PropertySchema> queryables, List<string> problems)
    {
        switch (filter)
        {
            case AndFilter and:
                and.Parts.ToList().ForEach(p => Visit(p, queryables, problems));
                break;
            case OrFilter or:
                or.Parts.ToList().ForEach(p => Visit(p, queryables, problems));
                break;
            case NotFilter not:
                Visit(not.Inner, queryables, problems);
                break;
            case ComparisonFilter c:
                Compared(c.Property, [c.Value], queryables, problems);
                break;
            case InFilter i:
                Compared(i.Property, i.Values, queryables, problems);
                break;
            case BetweenFilter b:
                Compared(b.Property, [b.Low, b.High], queryables, problems);
                break;
            case LikeFilter like when Find(like.Property, queryables, problems) is { } schema && schema.Type != "string":
                problems.Add($"LIKE needs a text property; '{like.Property}' is {schema.Type}");
                break;
            case IsNullFilter isNull:
                Find(isNull.Property, queryables, problems);
                break;
        }
    }

    private static void Compared(string property, IEnumerable<FilterValue> values, IReadOnlyDictionary<string, PropertySchema> queryables, List<string> problems)
    {
        if (Find(property, queryables, problems) is not { } schema)
        {
            return;
        }

        if (!schema.IsScalar)
        {
            problems.Add($"'{property}' is an {schema.Type}: only IS NULL tests it");
            return;
        }

        var expected = schema.IsNumeric ? "number" : schema.Type;
        foreach (var value in values.Where(v => v.Kind != expected))
        {
            problems.Add($"'{property}' is {schema.Type}; {value} is not");
        }
    }

    private static PropertySchema? Find(string property, IReadOnlyDictionary<string, PropertySchema> queryables, List<string> problems)
    {
        if (queryables.TryGetValue(property, out var schema))
        {
            return schema;
        }

        problems.Add(queryables.Count == 0
            ? $"'{property}' is not a queryable: this collection has none"
            : $"'{property}' is not a queryable; GET …/queryables lists them: {string.Join(", ", queryables.Keys)}");
        return null;
    }
}
