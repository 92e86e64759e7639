using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Filtering;

/// <summary>
/// A feature filter as a tree (CQL2 Basic plus S_INTERSECTS), made by the CQL2 text and JSON readers and by the items
/// endpoint's equality parameters, checked against the catalogue's queryables (<see cref="FilterCheck"/>), then walked
/// by each store: into parameterised SQL by PostGIS, into a predicate by the embedded store. Comparisons follow SQL's
/// three-valued logic: a missing or null property, or one of another type, makes a comparison unknown, and a feature
/// is selected only when the whole filter is true.
/// </summary>
public abstract record FilterExpression;

/// <summary>All of <see cref="Parts"/> hold.</summary>
public sealed record AndFilter(IReadOnlyList<FilterExpression> Parts) : FilterExpression;

/// <summary>At least one of <see cref="Parts"/> holds.</summary>
public sealed record OrFilter(IReadOnlyList<FilterExpression> Parts) : FilterExpression;

/// <summary><see cref="Inner"/> does not hold (unknown stays unknown).</summary>
public sealed record NotFilter(FilterExpression Inner) : FilterExpression;

/// <summary>A property compared with a value: <c>zone = 'liubai'</c>, <c>area_km2 &gt;= 10</c>.</summary>
public sealed record ComparisonFilter(string Property, ComparisonOperator Operator, FilterValue Value) : FilterExpression;

/// <summary>A text property matched against a CQL2 pattern (<c>%</c> any run, <c>_</c> one character, <c>\</c> escapes).</summary>
public sealed record LikeFilter(string Property, string Pattern) : FilterExpression;

/// <summary>The property equals one of <see cref="Values"/>.</summary>
public sealed record InFilter(string Property, IReadOnlyList<FilterValue> Values) : FilterExpression;

/// <summary><see cref="Low"/> ≤ property ≤ <see cref="High"/>.</summary>
public sealed record BetweenFilter(string Property, FilterValue Low, FilterValue High) : FilterExpression;

/// <summary>The property is missing or null.</summary>
public sealed record IsNullFilter(string Property) : FilterExpression;

/// <summary>The feature's geometry intersects <see cref="Shape"/> (lon/lat, already transformed from the filter's CRS).</summary>
public sealed record IntersectsFilter(Geometry Shape) : FilterExpression;

/// <summary>How a <see cref="ComparisonFilter"/> compares.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c></summary>
    Equal,
    /// <summary><c>&lt;&gt;</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}

/// <summary>A literal of a filter: text, a number or a boolean (CQL2 has no null literal in comparisons).</summary>
public sealed record FilterValue
{
    private FilterValue(object value) => Value = value;

    /// <summary>A <see cref="string"/>, a <see cref="double"/> or a <see cref="bool"/>.</summary>
    public object Value { get; }

    /// <summary>A text literal.</summary>
    public static FilterValue Text(string text) => new(text);

    /// <summary>A number literal (integers too, compared as doubles like PostgreSQL's float8).</summary>
    public static FilterValue Number(double number) => new(number);

    /// <summary>A boolean literal.</summary>
    public static FilterValue Boolean(bool value) => new(value);

    /// <summary>The JSON Schema type it can be compared with: string, number or boolean.</summary>
    public string Kind => Value switch { string => "string", double => "number", _ => "boolean" };

    /// <inheritdoc/>
    public override string ToString() => Value switch
    {
        string s => $"'{s}'",
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Value.ToString()!.ToLowerInvariant(),
    };
}
