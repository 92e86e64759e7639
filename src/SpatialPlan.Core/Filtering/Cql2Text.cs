using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using SpatialPlan.Core.Crs;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using Superpower.Tokenizers;

namespace SpatialPlan.Core.Filtering;

/// <summary>
/// CQL2 text (OGC 21-065, Basic CQL2 and S_INTERSECTS) into a <see cref="FilterExpression"/>: AND, OR, NOT, the six
/// comparisons, LIKE, BETWEEN, IN, IS [NOT] NULL and S_INTERSECTS of the geometry with a WKT or BBOX literal in the
/// filter's CRS. Keywords are case-insensitive. Anything else that looks like an operator or function (S_WITHIN,
/// T_AFTER, CASEI, TIMESTAMP, …) is refused by name, as is a comparison of two properties or two literals.
/// </summary>
public static class Cql2Text
{
    /// <summary>The name the geometry is filtered by (the queryables list it).</summary>
    public const string GeometryProperty = "geometry";

    private static readonly string[] Keywords =
        ["AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE", "S_INTERSECTS"];

    private static readonly Tokenizer<Cql2Token> Tokens = new TokenizerBuilder<Cql2Token>()
        .Ignore(Span.WhiteSpace)
        .Match(Span.Regex(
            @"(?i:POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION|BBOX)\s*\((?>[^()]+|\((?<d>)|\)(?<-d>))*(?(d)(?!))\)"),
            Cql2Token.Geometry)
        .Match(Character.EqualTo('('), Cql2Token.LeftParen)
        .Match(Character.EqualTo(')'), Cql2Token.RightParen)
        .Match(Character.EqualTo(','), Cql2Token.Comma)
        .Match(Span.EqualTo("<>").Try().Or(Span.EqualTo("<=")).Try().Or(Span.EqualTo(">=")).Try()
            .Or(Span.EqualTo("=")).Or(Span.EqualTo("<")).Or(Span.EqualTo(">")), Cql2Token.Comparison)
        .Match(QuotedString.SqlStyle, Cql2Token.Text)
        .Match(Span.Regex("\"[^\"]+\""), Cql2Token.QuotedIdentifier)
        .Match(Span.Regex(@"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?"), Cql2Token.Number)
        .Match(Span.Regex(@"[A-Za-z_][A-Za-z0-9_:.]*"), Cql2Token.Identifier, requireDelimiters: true)
        .Build();

    /// <summary>The filter read from <paramref name="text"/>, with geometry literals in <paramref name="filterCrs"/>
    /// transformed to lon/lat.</summary>
    /// <exception cref="Cql2Exception">The text is not CQL2 this server answers; the message says where and why.</exception>
    public static FilterExpression Parse(string text, ServedCrs filterCrs)
    {
        var tokens = Tokens.TryTokenize(text);
        if (!tokens.HasValue)
        {
            throw new Cql2Exception($"cannot read the filter: {tokens}");
        }

        var parsed = Grammar(filterCrs).AtEnd().TryParse(tokens.Value);
        return parsed.HasValue ? parsed.Value : throw new Cql2Exception($"cannot read the filter: {parsed}");
    }

    private static TokenListParser<Cql2Token, Token<Cql2Token>> Keyword(string keyword) =>
        Token.EqualToValueIgnoreCase(Cql2Token.Identifier, keyword);

    private static TokenListParser<Cql2Token, FilterExpression> Grammar(ServedCrs filterCrs)
    {
        var property =
            Token.EqualTo(Cql2Token.Identifier).Where(t => !Keywords.Contains(t.ToStringValue(), StringComparer.OrdinalIgnoreCase))
                .Select(t => t.ToStringValue())
            .Or(Token.EqualTo(Cql2Token.QuotedIdentifier).Select(t => t.ToStringValue()[1..^1]));
        var literal =
            Token.EqualTo(Cql2Token.Text).Select(t => FilterValue.Text(Unquote(t.ToStringValue())))
            .Or(Token.EqualTo(Cql2Token.Number).Select(t => FilterValue.Number(double.Parse(t.ToStringValue(), NumberStyles.Float, CultureInfo.InvariantCulture))))
            .Or(Keyword("TRUE").Value(FilterValue.Boolean(true)))
            .Or(Keyword("FALSE").Value(FilterValue.Boolean(false)));
        var operand = property.Select(p => new Operand(p, null)).Or(literal.Select(v => new Operand(null, v)));
        var list = literal.ManyDelimitedBy(Token.EqualTo(Cql2Token.Comma))
            .Between(Token.EqualTo(Cql2Token.LeftParen), Token.EqualTo(Cql2Token.RightParen));
        var not = Keyword("NOT").Value(true).OptionalOrDefault(false);

        // property [NOT] LIKE 'p' | [NOT] BETWEEN a AND b | [NOT] IN (…) | IS [NOT] NULL
        var afterProperty =
            from negated in not
            from predicate in Keyword("LIKE").IgnoreThen(Token.EqualTo(Cql2Token.Text)).Select(t => (Func<string, FilterExpression>)(p => new LikeFilter(p, Unquote(t.ToStringValue()))))
                .Or(Keyword("BETWEEN").IgnoreThen(literal).Then(low => Keyword("AND").IgnoreThen(literal).Select(high => (Func<string, FilterExpression>)(p => new BetweenFilter(p, low, high)))))
                .Or(Keyword("IN").IgnoreThen(list).Select(values => (Func<string, FilterExpression>)(p => In(p, values))))
            select (Func<string, FilterExpression>)(p => negated ? new NotFilter(predicate(p)) : predicate(p));
        var isNull =
            from _ in Keyword("IS")
            from negated in not
            from __ in Keyword("NULL")
            select (Func<string, FilterExpression>)(p => negated ? new NotFilter(new IsNullFilter(p)) : new IsNullFilter(p));
        var propertyPredicate = property.Then(p => afterProperty.Or(isNull).Select(make => make(p))).Try();

        var comparison =
            from left in operand
            from op in Token.EqualTo(Cql2Token.Comparison)
            from right in operand
            select (FilterExpression)Compare(left, op.ToStringValue(), right);

        var geometryOperand = property.Select(p => p == GeometryProperty ? (Geometry?)null
                : throw new Cql2Exception($"S_INTERSECTS tests the geometry, named '{GeometryProperty}', not '{p}'"))
            .Or(Token.EqualTo(Cql2Token.Geometry).Select(t => (Geometry?)Shape(t.ToStringValue(), filterCrs)));
        var intersects =
            from _ in Keyword("S_INTERSECTS").IgnoreThen(Token.EqualTo(Cql2Token.LeftParen))
            from a in geometryOperand
            from __ in Token.EqualTo(Cql2Token.Comma)
            from b in geometryOperand
            from ___ in Token.EqualTo(Cql2Token.RightParen)
            select (FilterExpression)Intersects(a, b);

        // A function or operator call this server does not have, refused by its name.
        var unsupported = Token.EqualTo(Cql2Token.Identifier).Then(name => Token.EqualTo(Cql2Token.LeftParen)
            .Select<Cql2Token, Token<Cql2Token>, FilterExpression>(_ => throw new Cql2Exception(
                $"'{name.ToStringValue()}' is not supported; this server answers Basic CQL2 (=, <>, <, <=, >, >=, AND, OR, NOT, " +
                "LIKE, BETWEEN, IN, IS NULL) and S_INTERSECTS"))).Try();

        TokenListParser<Cql2Token, FilterExpression>? expression = null;
        var parenthesised = Superpower.Parse.Ref(() => expression!).Between(Token.EqualTo(Cql2Token.LeftParen), Token.EqualTo(Cql2Token.RightParen));
        var primary = intersects.Try().Or(unsupported).Or(propertyPredicate).Or(comparison.Try()).Or(parenthesised)
            .Or(Keyword("TRUE").Value((FilterExpression)new AndFilter([])))
            .Or(Keyword("FALSE").Value((FilterExpression)new OrFilter([])));
        var factor = Keyword("NOT").IgnoreThen(primary).Select(e => (FilterExpression)new NotFilter(e)).Try().Or(primary);
        var term = factor.AtLeastOnceDelimitedBy(Keyword("AND")).Select(parts => parts.Length == 1 ? parts[0] : new AndFilter(parts));
        expression = term.AtLeastOnceDelimitedBy(Keyword("OR")).Select(parts => parts.Length == 1 ? parts[0] : new OrFilter(parts));
        return expression;
    }

    private sealed record Operand(string? Property, FilterValue? Value);

    private static string Unquote(string quoted) => quoted[1..^1].Replace("''", "'", StringComparison.Ordinal);

    private static InFilter In(string property, FilterValue[] values) =>
        values.Length > 0 ? new InFilter(property, values) : throw new Cql2Exception($"IN on '{property}' needs at least one value");

    private static ComparisonFilter Compare(Operand left, string op, Operand right)
    {
        var comparison = ComparisonSymbols.Parse(op);
        return (left, right) switch
        {
            ({ Property: { } p }, { Value: { } v }) => new ComparisonFilter(p, comparison, v),
            ({ Value: { } v }, { Property: { } p }) => new ComparisonFilter(p, Flip(comparison), v),
            ({ Property: not null }, _) => throw new Cql2Exception($"comparing two properties ({left.Property} {op} {right.Property}) is not supported"),
            _ => throw new Cql2Exception($"comparing two literals ({left.Value} {op} {right.Value}) is not supported"),
        };
    }

    private static ComparisonOperator Flip(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => ComparisonOperator.Greater,
        ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.Greater => ComparisonOperator.Less,
        ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
        _ => op,
    };

    private static IntersectsFilter Intersects(Geometry? a, Geometry? b) => (a, b) switch
    {
        (null, null) => throw new Cql2Exception("S_INTERSECTS of the geometry with itself is not supported"),
        (null, _) => new IntersectsFilter(b),
        (_, null) => new IntersectsFilter(a),
        _ => throw new Cql2Exception("S_INTERSECTS needs the geometry property and one literal"),
    };

    /// <summary>A WKT or BBOX literal (coordinates in <paramref name="crs"/>'s axis order) as lon/lat.</summary>
    internal static Geometry Shape(string literal, ServedCrs crs)
    {
        Geometry geometry;
        if (literal.StartsWith("BBOX", StringComparison.OrdinalIgnoreCase))
        {
            var numbers = literal[(literal.IndexOf('(', StringComparison.Ordinal) + 1)..^1].Split(',')
                .Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
            if (numbers.Length is not (4 or 6) || numbers.Any(n => !double.IsFinite(n)))
            {
                throw new Cql2Exception($"BBOX needs 4 (or 6) numbers: {literal}");
            }

            var (min1, min2, max1, max2) = numbers.Length == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (numbers[0], numbers[1], numbers[3], numbers[4]);
            geometry = crs.Box(AxisOrder.FromWire(min1, min2, max1, max2, crs));
        }
        else
        {
            try
            {
                geometry = new WKTReader(crs.Factory.GeometryServices).Read(literal);
            }
            catch (NetTopologySuite.IO.ParseException e)
            {
                throw new Cql2Exception($"cannot read the geometry {literal[..Math.Min(literal.Length, 60)]}: {e.Message}");
            }

            geometry = AxisOrder.ForWire(geometry, crs); // swapping is its own inverse: wire order to x-east
        }

        if (!geometry.IsValid)
        {
            throw new Cql2Exception("the filter's geometry is not valid (a self-intersecting ring?)");
        }

        return crs.ToLonLat(geometry);
    }
}
