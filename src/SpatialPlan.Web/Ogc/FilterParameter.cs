using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Filtering;

namespace SpatialPlan.Web.Ogc;

/// <summary><c>filter</c> in <c>filter-lang</c> (cql2-text, the default, or cql2-json) with geometries in <c>filter-crs</c>
/// (Part 3), read into the filter tree and checked against the collection's queryables.</summary>
public static class FilterParameter
{
    /// <summary>Accepted languages; <c>cql-text</c> is the Part 3 draft's name of CQL text, which GDAL up to 3.6 sends (its
    /// comparisons, AND/OR/NOT, LIKE and IS NULL read the same as CQL2 text).</summary>
    public static readonly string[] Languages = ["cql2-text", "cql2-json", "cql-text"];

    public static FilterExpression? Parse(
        string? text, string? language, ServedCrs crs, IReadOnlyDictionary<string, PropertySchema> queryables, Dictionary<string, string[]> errors)
    {
        if (language is not null && !Languages.Contains(language))
        {
            errors["filter-lang"] = [$"use one of: {string.Join(", ", Languages)}"];
            return null;
        }

        if (text is null)
        {
            return null;
        }

        try
        {
            var filter = language == "cql2-json" ? Cql2Json.Parse(text, crs) : Cql2Text.Parse(text, crs);
            var problems = FilterCheck.Problems(filter, queryables);
            if (problems.Count > 0)
            {
                errors["filter"] = [.. problems];
                return null;
            }

            return filter;
        }
        catch (Cql2Exception e)
        {
            errors["filter"] = [e.Message];
            return null;
        }
    }
}
