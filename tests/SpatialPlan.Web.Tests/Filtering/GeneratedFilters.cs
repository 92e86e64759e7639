using System.Globalization;
using System.Text.Json.Nodes;

namespace SpatialPlan.Web.Tests.Filtering;

/// <summary>
/// A fixed, seeded set of CQL2 filters over the plan's collections, each written both as CQL2 text and as CQL2 JSON:
/// comparisons of text and numbers, LIKE, IN, BETWEEN, IS NULL, S_INTERSECTS with boxes and polygons, nested under
/// AND, OR and NOT. Values come from the data itself, so most filters select something and many select a part.
/// </summary>
public static class GeneratedFilters
{
    public sealed record FilterCase(string Collection, string Text, string Json)
    {
        public override string ToString() => $"{Collection}: {Text}";
    }

    private static readonly (string Collection, (string Name, bool Numeric, string[] Values)[] Properties)[] Collections =
    [
        ("plan-zones", [("zone", false, ["core", "liubai", "wengxin", "damenxiaomen", "x"]), ("area_km2", true, ["0", "50", "100.5", "300"]), ("name_en", false, ["Liubai District", "a"])]),
        ("land", [("kind", false, ["land", "reclaimed"]), ("name_zh", false, ["灵昆岛", "洞头岛", ""]), ("accuracy", false, ["a", "z"])]),
        ("development-area", [("phase", false, ["一期", "二期", "近期"]), ("area_km2", true, ["1", "2.5", "5", "10"]), ("planned_use_en", false, ["Industry", "m"])]),
        ("transport", [("kind", false, ["road", "rail", "port", "bridge"]), ("status", false, ["existing", "planned"])]),
    ];

    private static readonly string[] Boxes = ["120.8,27.9,120.95,28.0", "120.55,27.7,121.35,28.25", "121.1,27.8,121.2,27.9", "120.7,28.0,120.9,28.1"];

    public static IEnumerable<FilterCase> All(int count = 80)
    {
        var random = new Random(20261202);
        for (var i = 0; i < count; i++)
        {
            var (collection, properties) = Collections[i % Collections.Length];
            var (text, json) = Expression(random, properties, depth: 0);
            yield return new FilterCase(collection, text, json.ToJsonString());
        }
    }

    private static (string Text, JsonNode Json) Expression(Random random, (string Name, bool Numeric, string[] Values)[] properties, int depth)
    {
        var pick = random.Next(depth < 2 ? 10 : 7);
        if (pick >= 7)
        {
            var (a, aj) = Expression(random, properties, depth + 1);
            var (b, bj) = Expression(random, properties, depth + 1);
            return pick switch
            {
                7 => ($"({a} AND {b})", Op("and", aj, bj)),
                8 => ($"({a} OR {b})", Op("or", aj, bj)),
                _ => ($"NOT ({a})", Op("not", aj)),
            };
        }

        var (name, numeric, values) = properties[random.Next(properties.Length)];
        var property = new JsonObject { ["property"] = name };
        string Literal(string v) => numeric ? v : "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'";
        JsonNode JsonLiteral(string v) => numeric ? JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture)) : JsonValue.Create(v);
        var value = values[random.Next(values.Length)];
        switch (pick)
        {
            case 0:
            case 1:
                var op = new[] { "=", "<>", "<", "<=", ">", ">=" }[random.Next(6)];
                return random.Next(4) == 0
                    ? ($"{Literal(value)} {op} {name}", Op(op, JsonLiteral(value), property))
                    : ($"{name} {op} {Literal(value)}", Op(op, property, JsonLiteral(value)));
            case 2 when !numeric:
                var pattern = new[] { "%", value.Length > 0 ? value[..1] + "%" : "%", "%" + (value.Length > 1 ? value[^1..] : "") + "%", "_%", value }[random.Next(5)];
                return ($"{name} LIKE '{pattern}'", Op("like", property, JsonValue.Create(pattern)));
            case 3:
                var list = values.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray();
                return ($"{name} IN ({string.Join(", ", list.Select(Literal))})", Op("in", property, new JsonArray(list.Select(JsonLiteral).ToArray())));
            case 4:
                var bounds = values.OrderBy(_ => random.Next()).Take(2).Order(numeric ? Comparer<string>.Create((x, y) => double.Parse(x, CultureInfo.InvariantCulture).CompareTo(double.Parse(y, CultureInfo.InvariantCulture))) : StringComparer.Ordinal).ToArray();
                return ($"{name} BETWEEN {Literal(bounds[0])} AND {Literal(bounds[^1])}", Op("between", property, JsonLiteral(bounds[0]), JsonLiteral(bounds[^1])));
            case 5:
                return random.Next(2) == 0
                    ? ($"{name} IS NULL", Op("isNull", property))
                    : ($"{name} IS NOT NULL", Op("not", Op("isNull", property)));
            default:
                var box = Boxes[random.Next(Boxes.Length)].Split(',');
                if (random.Next(2) == 0)
                {
                    return ($"S_INTERSECTS(geometry, BBOX({string.Join(",", box)}))",
                        Op("s_intersects", new JsonObject { ["property"] = "geometry" }, new JsonObject { ["bbox"] = new JsonArray(box.Select(b => JsonValue.Create(double.Parse(b, CultureInfo.InvariantCulture))).ToArray()) }));
                }

                var ring = $"{box[0]} {box[1]}, {box[2]} {box[1]}, {box[2]} {box[3]}, {box[0]} {box[1]}";
                var coordinates = new JsonArray(new JsonArray(
                    new[] { (box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[1]) }
                        .Select(p => (JsonNode)new JsonArray(JsonValue.Create(double.Parse(p.Item1, CultureInfo.InvariantCulture)), JsonValue.Create(double.Parse(p.Item2, CultureInfo.InvariantCulture)))).ToArray()));
                return ($"S_INTERSECTS(geometry, POLYGON(({ring})))",
                    Op("s_intersects", new JsonObject { ["property"] = "geometry" }, new JsonObject { ["type"] = "Polygon", ["coordinates"] = coordinates }));
        }
    }

    private static JsonObject Op(string op, params JsonNode[] args) => new() { ["op"] = op, ["args"] = new JsonArray(args) };
}
