using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Export;

/// <summary>
/// The GET form of <c>/api/export</c>, bound as text so each malformed value gets a message naming its
/// parameter: <c>format, bbox, width, height, dpi, layers, title, lang</c> (the contract other tools use),
/// plus <c>subtitle, crs, paper, orientation, center, scale</c>.
/// </summary>
public sealed record ExportQuery(
    [property: FromQuery(Name = "format")] string? Format,
    [property: FromQuery(Name = "bbox")] string? Bbox,
    [property: FromQuery(Name = "center")] string? Center,
    [property: FromQuery(Name = "scale")] string? Scale,
    [property: FromQuery(Name = "width")] string? Width,
    [property: FromQuery(Name = "height")] string? Height,
    [property: FromQuery(Name = "paper")] string? Paper,
    [property: FromQuery(Name = "orientation")] string? Orientation,
    [property: FromQuery(Name = "dpi")] string? Dpi,
    [property: FromQuery(Name = "layers")] string? Layers,
    [property: FromQuery(Name = "title")] string? Title,
    [property: FromQuery(Name = "subtitle")] string? Subtitle,
    [property: FromQuery(Name = "lang")] string? Lang,
    [property: FromQuery(Name = "crs")] string? Crs)
{
    public static readonly string[] Parameters =
        ["format", "bbox", "center", "scale", "width", "height", "paper", "orientation", "dpi", "layers", "title", "subtitle", "lang", "crs"];

    /// <summary>The request in the POST body's shape, or the parameters that are not numbers where numbers belong.</summary>
    public (ExportBody? Body, Dictionary<string, string[]> Errors) ToBody()
    {
        var errors = new Dictionary<string, string[]>();
        var scale = Numbers("scale", Scale, errors);
        if (scale is { Count: not 1 })
        {
            errors["scale"] = ["needs one number, the scale denominator (50000 for 1:50 000)"];
        }

        var body = new ExportBody
        {
            Format = Format,
            Bbox = Numbers("bbox", Bbox, errors),
            Center = Numbers("center", Center, errors),
            Scale = scale is [var s] ? s : null,
            Width = Whole("width", Width, errors),
            Height = Whole("height", Height, errors),
            Paper = Paper,
            Orientation = Orientation,
            Dpi = Whole("dpi", Dpi, errors),
            Layers = Layers?.Split(',', StringSplitOptions.TrimEntries).Select(id => new ExportLayer { Id = id }).ToList(),
            Title = Title,
            Subtitle = Subtitle,
            Lang = Lang,
            Crs = Crs,
        };
        return errors.Count > 0 ? (null, errors) : (body, errors);
    }

    private static List<double>? Numbers(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var numbers = new List<double>();
        foreach (var part in text.Split(','))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                errors[name] = [$"'{EchoedText.Shorten(part, 40)}' is not a finite number"];
                return null;
            }

            numbers.Add(value);
        }

        return numbers;
    }

    private static int? Whole(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[name] = [$"'{EchoedText.Shorten(text, 40)}' is not a whole number"];
        return null;
    }
}
