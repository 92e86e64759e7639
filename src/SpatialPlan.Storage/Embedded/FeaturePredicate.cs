using System.Text;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries.Prepared;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Filtering;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// A filter tree as a predicate over features in memory, with SQL's three-valued logic (null: unknown) so it selects
/// exactly what <c>PostGis/FilterSql</c> selects: a property is read as the type its literal has (the check made sure
/// that is the queryable's type), and anything else — missing, null, another type — makes the comparison unknown.
/// </summary>
internal static class FeaturePredicate
{
    public static Func<PlanFeature, bool> Compile(FilterExpression filter)
    {
        var test = Build(filter);
        return feature => test(feature) == true;
    }

    private static Func<PlanFeature, bool?> Build(FilterExpression filter) => filter switch
    {
        AndFilter and => All(and.Parts.Select(Build).ToArray()),
        OrFilter or => Any(or.Parts.Select(Build).ToArray()),
        NotFilter not => Negate(Build(not.Inner)),
        ComparisonFilter c => f => Value(f, c.Property, c.Value.Kind) is { } v && Compare(v, c.Value.Value) is { } order ? Holds(c.Operator, order) : null,
        InFilter i => f => Value(f, i.Property, i.Values[0].Kind) is { } v ? i.Values.Any(x => Compare(v, x.Value) == 0) : null,
        BetweenFilter b => f => Value(f, b.Property, b.Low.Kind) is { } v ? Compare(v, b.Low.Value) >= 0 && Compare(v, b.High.Value) <= 0 : null,
        LikeFilter like => Like(like),
        IsNullFilter isNull => f => !f.Attributes.Exists(isNull.Property) || f.Attributes[isNull.Property] is null,
        IntersectsFilter s => Intersects(s),
        _ => throw new ArgumentException($"no predicate for {filter.GetType().Name}", nameof(filter)),
    };

    private static Func<PlanFeature, bool?> All(Func<PlanFeature, bool?>[] parts) => f =>
    {
        var unknown = false;
        foreach (var part in parts)
        {
            switch (part(f))
            {
                case false: return false;
                case null: unknown = true; break;
            }
        }

        return unknown ? null : true;
    };

    private static Func<PlanFeature, bool?> Any(Func<PlanFeature, bool?>[] parts) => f =>
    {
        var unknown = false;
        foreach (var part in parts)
        {
            switch (part(f))
            {
                case true: return true;
                case null: unknown = true; break;
            }
        }

        return unknown ? null : false;
    };

    private static Func<PlanFeature, bool?> Negate(Func<PlanFeature, bool?> inner) => f => inner(f) is { } b ? !b : null;

    /// <summary>The property as <paramref name="kind"/> (string, a double for number, bool), or null when it is not one.</summary>
    internal static object? Value(PlanFeature feature, string property, string kind)
    {
        var value = feature.Attributes.Exists(property) ? feature.Attributes[property] : null;
        return (kind, value) switch
        {
            ("string", string s) => s,
            ("number", long l) => (double)l,
            ("number", double d) => d,
            ("number", int i) => (double)i,
            ("boolean", bool b) => b,
            _ => null,
        };
    }

    /// <summary>Order of two values of one kind: texts by code unit (the "C" collation), numbers, false before true.</summary>
    internal static int? Compare(object value, object literal) => (value, literal) switch
    {
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (double a, double b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => null,
    };

    private static bool Holds(ComparisonOperator op, int order) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        _ => order >= 0,
    };

    private static Func<PlanFeature, bool?> Like(LikeFilter like)
    {
        var regex = new Regex(LikeRegex(like.Pattern), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return f => Value(f, like.Property, "string") is string s ? regex.IsMatch(s) : null;
    }

    /// <summary>A CQL2 / SQL LIKE pattern as an anchored regular expression (<c>\</c> escapes the next character).</summary>
    private static string LikeRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            regex.Append(c switch
            {
                '%' => ".*",
                '_' => ".",
                '\\' when i + 1 < pattern.Length => Regex.Escape(pattern[++i].ToString()),
                _ => Regex.Escape(c.ToString()),
            });
        }

        return regex.Append('$').ToString();
    }

    private static Func<PlanFeature, bool?> Intersects(IntersectsFilter filter)
    {
        var prepared = PreparedGeometryFactory.Prepare(filter.Shape);
        return f => prepared.Intersects(f.Geometry);
    }
}
