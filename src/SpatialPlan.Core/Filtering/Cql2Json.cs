using System.Text.Json;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Filtering;

/// <summary>
/// CQL2 JSON (<c>{"op": "=", "args": [{"property": "zone"}, "liubai"]}</c>) into the same <see cref="FilterExpression"/>
/// as <see cref="Cql2Text"/>, with the same operators: and, or, not, =, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=, like, between, in,
/// isNull and s_intersects (a GeoJSON geometry or a <c>{"bbox": […]}</c> in the filter's CRS). Any other op is refused by name.
/// </summary>
public static class Cql2Json
{
    /// <exception cref="Cql2Exception">The JSON is not CQL2 this server answers.</exception>
    public static FilterExpression Parse(string json, ServedCrs filterCrs)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = GeoJsonSerialization.MaxDepth });
            return Expression(document.RootElement, filterCrs);
        }
        catch (JsonException e)
        {
            throw new Cql2Exception($"the filter is not JSON: {e.Message}");
        }
    }

    private static FilterExpression Expression(JsonElement e, ServedCrs crs)
    {
        if (e.ValueKind == JsonValueKind.True)
        {
            return new AndFilter([]);
        }

        if (e.ValueKind == JsonValueKind.False)
        {
            return new OrFilter([]);
        }

        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("op", out var opElement) || opElement.ValueKind != JsonValueKind.String ||
            !e.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Array)
        {
            throw new Cql2Exception("each expression needs \"op\" (text) and \"args\" (an array)");
        }

        var op = opElement.GetString()!;
        var a = args.EnumerateArray().ToArray();
        return op switch
        {
            "and" => new AndFilter(a.Select(x => Expression(x, crs)).ToArray()),
            "or" => new OrFilter(a.Select(x => Expression(x, crs)).ToArray()),
            "not" when a.Length == 1 => new NotFilter(Expression(a[0], crs)),
            "=" or "<>" or "<" or "<=" or ">" or ">=" when a.Length == 2 => Compare(op, a[0], a[1]),
            "like" when a.Length == 2 && a[1].ValueKind == JsonValueKind.String => new LikeFilter(Property(a[0], op), a[1].GetString()!),
            "between" when a.Length == 3 => new BetweenFilter(Property(a[0], op), Literal(a[1], op), Literal(a[2], op)),
            "in" when a.Length == 2 && a[1].ValueKind == JsonValueKind.Array && a[1].GetArrayLength() > 0 =>
                new InFilter(Property(a[0], op), a[1].EnumerateArray().Select(v => Literal(v, op)).ToArray()),
            "isNull" when a.Length == 1 => new IsNullFilter(Property(a[0], op)),
            "s_intersects" when a.Length == 2 => Intersects(a[0], a[1], crs),
            "and" or "or" or "not" or "=" or "<>" or "<" or "<=" or ">" or ">=" or "like" or "between" or "in" or "isNull" or "s_intersects" =>
                throw new Cql2Exception($"'{op}' has the wrong arguments"),
            _ => throw new Cql2Exception($"'{op}' is not supported; this server answers Basic CQL2 (=, <>, <, <=, >, >=, and, or, not, " +
                "like, between, in, isNull) and s_intersects"),
        };
    }

    private static ComparisonFilter Compare(string op, JsonElement left, JsonElement right)
    {
        var comparison = ComparisonSymbols.Parse(op);
        if (IsProperty(left) && !IsProperty(right))
        {
            return new ComparisonFilter(Property(left, op), comparison, Literal(right, op));
        }

        if (IsProperty(right) && !IsProperty(left))
        {
            var flipped = comparison switch
            {
                ComparisonOperator.Less => ComparisonOperator.Greater,
                ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
                ComparisonOperator.Greater => ComparisonOperator.Less,
                ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
                _ => comparison,
            };
            return new ComparisonFilter(Property(right, op), flipped, Literal(left, op));
        }

        throw new Cql2Exception($"'{op}' compares a property with a literal; comparing two properties or two literals is not supported");
    }

    private static bool IsProperty(JsonElement e) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("property", out _);

    private static string Property(JsonElement e, string op) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("property", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()!
            : throw new Cql2Exception($"'{op}' needs {{\"property\": \"…\"}} as its first argument");

    private static FilterValue Literal(JsonElement e, string op) => e.ValueKind switch
    {
        JsonValueKind.String => FilterValue.Text(e.GetString()!),
        JsonValueKind.Number => FilterValue.Number(e.GetDouble()),
        JsonValueKind.True => FilterValue.Boolean(true),
        JsonValueKind.False => FilterValue.Boolean(false),
        _ => throw new Cql2Exception($"'{op}' takes text, number or boolean literals (timestamps, intervals and functions are not supported)"),
    };

    private static IntersectsFilter Intersects(JsonElement a, JsonElement b, ServedCrs crs)
    {
        var (property, shape) = IsProperty(a) ? (a, b) : (b, a);
        if (Property(property, "s_intersects") != Cql2Text.GeometryProperty)
        {
            throw new Cql2Exception($"s_intersects tests the geometry, named '{Cql2Text.GeometryProperty}'");
        }

        if (shape.ValueKind == JsonValueKind.Object && shape.TryGetProperty("bbox", out var bbox) && bbox.ValueKind == JsonValueKind.Array)
        {
            var numbers = string.Join(",", bbox.EnumerateArray().Select(n => n.GetRawText()));
            return new IntersectsFilter(Cql2Text.Shape($"BBOX({numbers})", crs));
        }

        Geometry geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(shape.GetRawText(), GeoJsonSerialization.Options)
                ?? throw new Cql2Exception("s_intersects needs a GeoJSON geometry or {\"bbox\": […]}");
        }
        catch (JsonException e)
        {
            throw new Cql2Exception($"s_intersects needs a GeoJSON geometry or {{\"bbox\": […]}}: {e.Message}");
        }

        geometry = crs.Factory.CreateGeometry(AxisOrder.ForWire(geometry, crs));
        return geometry.IsValid ? new IntersectsFilter(crs.ToLonLat(geometry)) : throw new Cql2Exception("the filter's geometry is not valid");
    }
}
