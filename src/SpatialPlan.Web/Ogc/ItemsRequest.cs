using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Text;
using SpatialPlan.Web.Configuration;

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
    [property: FromQuery(Name = "f")] string? Format)
{
    /// <summary>The query parameters this endpoint knows; any other is refused.</summary>
    public static readonly string[] Parameters = ["bbox", "limit", "offset", "datetime", "f"];

    /// <summary>The store query, or the problems keyed by parameter name.</summary>
    public (FeatureQuery? Query, Dictionary<string, string[]> Errors) Parse(FeatureApiOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        var bbox = ParseBbox(Bbox, errors);
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
            ? (null, errors)
            : (new FeatureQuery { Bbox = bbox, Limit = Math.Min(limit, options.LimitMax), Offset = offset }, errors);
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

    private static Envelope? ParseBbox(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        if (parts.Length is not (4 or 6))
        {
            errors["bbox"] = [$"needs 4 numbers minLon,minLat,maxLon,maxLat (or 6 with heights), got {parts.Length}"];
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
        var (minLon, minLat, maxLon, maxLat) = parts.Length == 4
            ? (numbers[0], numbers[1], numbers[2], numbers[3])
            : (numbers[0], numbers[1], numbers[3], numbers[4]);
        var problem =
            minLon is < -180 or > 180 || maxLon is < -180 or > 180 ? "longitudes must lie within -180..180" :
            minLat is < -90 or > 90 || maxLat is < -90 or > 90 ? "latitudes must lie within -90..90" :
            minLat > maxLat ? "minLat is greater than maxLat" :
            minLon > maxLon ? "minLon is greater than maxLon (boxes across the antimeridian are not supported)" :
            null;
        if (problem is not null)
        {
            errors["bbox"] = [problem];
            return null;
        }

        return new Envelope(minLon, maxLon, minLat, maxLat);
    }
}
