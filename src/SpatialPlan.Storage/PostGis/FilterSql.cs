using SpatialPlan.Core.Features;
using SpatialPlan.Core.Filtering;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// A filter tree as a SQL condition on <c>features</c>, every property name and value a parameter (added to the
/// statement's values): nothing the client sent is ever part of the SQL text. A property is read as the type of its
/// literal, and yields NULL when it holds another type (so no cast can fail), which gives the three-valued logic the
/// embedded store's <c>FeaturePredicate</c> copies. Texts compare in the "C" collation, as the embedded store's ordinal order.
/// </summary>
internal static class FilterSql
{
    public static string Condition(FilterExpression filter, List<object> values) => filter switch
    {
        AndFilter and => "(" + string.Join(" AND ", and.Parts.Select(p => Condition(p, values))) + ")",
        OrFilter or => "(" + string.Join(" OR ", or.Parts.Select(p => Condition(p, values))) + ")",
        NotFilter not => $"(NOT {Condition(not.Inner, values)})",
        ComparisonFilter c => $"({Property(c.Property, c.Value.Kind, values)} {ComparisonSymbols.Of(c.Operator)} {Add(values, c.Value.Value)})",
        InFilter i => $"({Property(i.Property, i.Values[0].Kind, values)} = ANY({Add(values, Array(i.Values))}))",
        BetweenFilter b => $"({Property(b.Property, b.Low.Kind, values)} BETWEEN {Add(values, b.Low.Value)} AND {Add(values, b.High.Value)})",
        LikeFilter like => $"({Property(like.Property, "string", values)} LIKE {Add(values, like.Pattern)})",
        IsNullFilter isNull => $"(COALESCE(jsonb_typeof(properties -> {Add(values, isNull.Property)}), 'null') = 'null')",
        IntersectsFilter s => $"ST_Intersects(geometry, {Add(values, s.Shape)})",
        _ => throw new ArgumentException($"no SQL for {filter.GetType().Name}", nameof(filter)),
    };

    /// <summary>A sort key's expression, read like a compared property.</summary>
    public static string SortExpression(SortKey key, List<object> values) =>
        Property(key.Property, key.Numeric ? "number" : key.Type, values) + (key.Descending ? " DESC" : " ASC");

    /// <summary>The property as <paramref name="kind"/> (string, number, boolean), NULL when it holds anything else.</summary>
    private static string Property(string name, string kind, List<object> values)
    {
        var p = Add(values, name);
        return kind switch
        {
            "string" => $"(CASE WHEN jsonb_typeof(properties -> {p}) = 'string' THEN properties ->> {p} END) COLLATE \"C\"",
            "number" => $"(CASE WHEN jsonb_typeof(properties -> {p}) = 'number' THEN (properties ->> {p})::float8 END)",
            _ => $"(CASE WHEN jsonb_typeof(properties -> {p}) = 'boolean' THEN (properties ->> {p})::boolean END)",
        };
    }

    private static object Array(IReadOnlyList<FilterValue> values) => values[0].Kind switch
    {
        "string" => values.Select(v => (string)v.Value).ToArray(),
        "number" => values.Select(v => (double)v.Value).ToArray(),
        _ => values.Select(v => (bool)v.Value).ToArray(),
    };

    private static string Add(List<object> values, object value)
    {
        values.Add(value);
        return "$" + values.Count;
    }
}
