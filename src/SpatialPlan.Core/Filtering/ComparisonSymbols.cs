namespace SpatialPlan.Core.Filtering;

/// <summary>
/// The symbols of the comparison operators, which CQL2 text, CQL2 JSON and SQL write alike: one table for the
/// readers of both CQL2 encodings and for the SQL the PostGIS store compiles.
/// </summary>
public static class ComparisonSymbols
{
    private static readonly (string Symbol, ComparisonOperator Operator)[] Table =
    [
        ("=", ComparisonOperator.Equal),
        ("<>", ComparisonOperator.NotEqual),
        ("<", ComparisonOperator.Less),
        ("<=", ComparisonOperator.LessOrEqual),
        (">", ComparisonOperator.Greater),
        (">=", ComparisonOperator.GreaterOrEqual),
    ];

    /// <summary>The operator a symbol names; the readers pass only the six symbols above.</summary>
    /// <param name="symbol">One of <c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c>.</param>
    public static ComparisonOperator Parse(string symbol) =>
        Array.Find(Table, t => t.Symbol == symbol) is { Symbol: not null } found
            ? found.Operator
            : throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "not a comparison symbol");

    /// <summary>The symbol of an operator.</summary>
    /// <param name="op">The operator.</param>
    public static string Of(ComparisonOperator op) => Array.Find(Table, t => t.Operator == op).Symbol;
}
