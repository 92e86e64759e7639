using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// The query of <c>/ogc/collections/{id}/items</c>, bound as text so every malformed value gets a
/// message naming its parameter instead of a framework binding error.
/// </summary>
public sealed record ItemsRequest(
    [property: FromQuery(Name = "bbox")] string? Bbox,
    [property: FromQuery(Name = "limit")] string? Limit,
    [property: FromQuery(Name = "offset")] string? Offset,
    [property: FromQuery(Name = "datetime")] string? Datetime,
    [property: FromQuery(Name = "f")] string? Format,
    [property: FromQuery(Name = "crs")] string? Crs,
    [property: FromQuery(Name = "bbox-crs")] string? BboxCrs,
    [property: FromQuery(Name = "sortby")] string? SortBy,
    [property: FromQuery(Name = "properties")] string? Properties,
    [property: FromQuery(Name = "skipGeometry")] string? SkipGeometry,
    [property: FromQuery(Name = "cursor")] string? Cursor,
    [property: FromQuery(Name = "filter")] string? Filter,
    [property: FromQuery(Name = "filter-lang")] string? FilterLang,
    [property: FromQuery(Name = "filter-crs")] string? FilterCrs)
{
    /// <summary>The query parameters this endpoint knows besides the collection's queryables (equality filters);
    /// any other is refused.</summary>
    public static readonly string[] Parameters =
        ["bbox", "limit", "offset", "datetime", "f", "crs", "bbox-crs", "sortby", "properties", "skipGeometry", "cursor",
         "filter", "filter-lang", "filter-crs"];

    /// <summary>The store query and how to write its features, or the problems keyed by parameter name.</summary>
    /// <param name="options">Paging limits.</param>
    /// <param name="layer">The collection: its queryables are what equality parameters, sortby and properties may name.</param>
    /// <param name="query">The request's whole query string, for the equality parameters.</param>
    public (FeatureQuery? Query, FeatureShape Shape, Dictionary<string, string[]> Errors) Parse(
        FeatureApiOptions options, LayerDefinition layer, IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        var queryables = layer.Queryables;
        var equality = PropertyEquality.Parse(query, queryables, errors);
        var filter = FilterParameter.Parse(Filter, FilterLang, CrsParameter.Parse("filter-crs", FilterCrs, errors), queryables, errors);
        var sortBy = SortByParameter.Parse(SortBy, queryables, errors);
        var shape = new FeatureShape(PropertiesParameter(Properties, queryables, errors), ParseBool("skipGeometry", SkipGeometry, errors));
        var after = ParseCursor(Cursor, sortBy, errors);
        var crs = CrsParameter.Parse("crs", Crs, errors);
        var bboxCrs = CrsParameter.Parse("bbox-crs", BboxCrs, errors);
        var bbox = ParseBbox(Bbox, bboxCrs, errors);
        var limit = ParseInt("limit", Limit, options.LimitDefault, min: 1, errors);
        var offset = ParseInt("offset", Offset, 0, min: 0, errors);
        if (Datetime is not null && !DatetimeInterval.IsValid(Datetime))
        {
            errors["datetime"] = ["must be an RFC 3339 date-time or an interval 'start/end' with '..' for open ends"];
        }

        if (Format is not null && Format is not ("json" or "geojson"))
        {
            errors["f"] = ["unknown format; this server writes GeoJSON: f=json"];
        }

        return errors.Count > 0
            ? (null, shape, errors)
            : (new FeatureQuery
            {
                Bbox = bbox, BboxCrs = bboxCrs, Crs = crs, Limit = Math.Min(limit, options.LimitMax), Offset = offset,
                Filter = (equality, filter) switch
                {
                    (null, _) => filter,
                    (_, null) => equality,
                    _ => new Core.Filtering.AndFilter([equality, filter]),
                },
                SortBy = sortBy, After = after,
            }, shape, errors);
    }

    private static bool ParseBool(string name, string? text, Dictionary<string, string[]> errors)
    {
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                errors[name] = ["must be true or false"];
                return false;
        }
    }

    /// <summary>The properties to write, each a queryable; null for all.</summary>
    private static List<string>? PropertiesParameter(string? text, IReadOnlyDictionary<string, PropertySchema> queryables, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var names = text.Split(',', StringSplitOptions.TrimEntries).ToList();
        if (names.FirstOrDefault(n => !queryables.ContainsKey(n)) is { } unknown)
        {
            errors["properties"] = [$"'{EchoedText.Shorten(unknown, 60)}' is not a property of this collection; GET …/queryables lists them"];
        }

        return names;
    }

    private static string? ParseCursor(string? text, IReadOnlyList<Core.Features.SortKey> sortBy, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (sortBy.Count > 0)
        {
            errors["cursor"] = ["pages in feature id order only; with sortby, page with offset"];
            return null;
        }

        var after = PageCursor.Decode(text);
        if (after is null)
        {
            errors["cursor"] = ["is not a cursor of this server; take it from a next link as it is"];
        }

        return after;
    }

    private static int ParseInt(string name, string? text, int fallback, int min, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors[name] = [$"'{EchoedText.Shorten(text, 40)}' is not a whole number"];
            return fallback;
        }

        if (value < min)
        {
            errors[name] = [$"must be at least {min}"];
        }

        return value;
    }

    /// <summary>The box in <paramref name="crs"/>'s axis order (Part 2: lon,lat for CRS84, lat,lon for EPSG:4490,
    /// northing,easting for EPSG:4549), as x-east.</summary>
    private static Envelope? ParseBbox(string? text, ServedCrs crs, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var axes = crs == ServedCrs.Crs84 ? ("minLon", "minLat", "maxLon", "maxLat")
            : crs.Projected ? ("minNorthing", "minEasting", "maxNorthing", "maxEasting")
            : ("minLat", "minLon", "maxLat", "maxLon");
        var parts = text.Split(',');
        if (parts.Length is not (4 or 6))
        {
            errors["bbox"] = [$"needs 4 numbers {axes.Item1},{axes.Item2},{axes.Item3},{axes.Item4} in {crs.Label} (or 6 with heights), got {parts.Length}"];
            return null;
        }

        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) ||
                !double.IsFinite(numbers[i]))
            {
                errors["bbox"] = [$"'{EchoedText.Shorten(parts[i], 40)}' is not a finite number"];
                return null;
            }
        }

        // With 6 numbers the heights are 3rd and 6th; this data is 2D, so they only need to be numbers.
        var (min1, min2, max1, max2) = parts.Length == 4
            ? (numbers[0], numbers[1], numbers[2], numbers[3])
            : (numbers[0], numbers[1], numbers[3], numbers[4]);
        var (minLon, maxLon, minLat, maxLat) = crs.NorthFirst ? (min2, max2, min1, max1) : (min1, max1, min2, max2);
        var problem =
            !crs.Projected && (minLon is < -180 or > 180 || maxLon is < -180 or > 180) ? "longitudes must lie within -180..180" :
            !crs.Projected && (minLat is < -90 or > 90 || maxLat is < -90 or > 90) ? "latitudes must lie within -90..90" :
            min1 > max1 ? $"{axes.Item1} is greater than {axes.Item3}{Antimeridian(crs, firstAxis: true)}" :
            min2 > max2 ? $"{axes.Item2} is greater than {axes.Item4}{Antimeridian(crs, firstAxis: false)}" :
            null;
        if (problem is not null)
        {
            errors["bbox"] = [problem];
            return null;
        }

        return AxisOrder.FromWire(min1, min2, max1, max2, crs);
    }

    /// <summary>The note for a longitude range given backwards, which some clients mean as crossing the antimeridian.</summary>
    private static string Antimeridian(ServedCrs crs, bool firstAxis) =>
        !crs.Projected && crs.NorthFirst != firstAxis ? " (boxes across the antimeridian are not supported)" : "";
}
