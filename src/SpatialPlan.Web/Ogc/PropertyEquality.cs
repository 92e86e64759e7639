using System.Globalization;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Filtering;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// Part 1's simple property filters: <c>?zone=liubai</c> for any queryable, as an equality in the filter tree (several
/// are all required). The value is read as the queryable's type: a number for a numeric one, true/false for a boolean.
/// </summary>
public static class PropertyEquality
{
    public static FilterExpression? Parse(
        IQueryCollection query, IReadOnlyDictionary<string, PropertySchema> queryables, Dictionary<string, string[]> errors)
    {
        var parts = new List<FilterExpression>();
        foreach (var (name, values) in query)
        {
            if (ItemsRequest.Parameters.Contains(name, StringComparer.Ordinal) || !queryables.TryGetValue(name, out var schema))
            {
                continue;
            }

            var text = values.ToString();
            if (Value(text, schema) is { } value)
            {
                parts.Add(new ComparisonFilter(name, ComparisonOperator.Equal, value));
            }
            else
            {
                errors[name] = [schema.IsScalar
                    ? $"'{EchoedText.Shorten(text, 40)}' is not a {schema.Type}, the type of this property"
                    : $"is an {schema.Type}; a filter cannot test it for equality"];
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AndFilter(parts),
        };
    }

    private static FilterValue? Value(string text, PropertySchema schema) => schema.Type switch
    {
        "string" => FilterValue.Text(text),
        "number" or "integer" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
            double.IsFinite(number) => FilterValue.Number(number),
        "boolean" when text is "true" or "false" => FilterValue.Boolean(text == "true"),
        _ => null,
    };
}
