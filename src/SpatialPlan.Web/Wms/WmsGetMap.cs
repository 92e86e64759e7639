using System.Globalization;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Image;

namespace SpatialPlan.Web.Wms;

/// <summary>GetMap: the map view, FORMAT (PNG or JPEG), TRANSPARENT and BGCOLOR (0xRRGGBB, white by default), read into a render request.</summary>
public static class WmsGetMap
{
    public static readonly string[] Formats = ["image/png", "image/jpeg"];

    public static MapImageRequest Read(WmsParameters parameters, LayerCatalogue catalogue, WmsLimits limits)
    {
        var view = WmsMapView.Read(parameters, catalogue, limits);
        var formatText = parameters.Required("FORMAT");
        var format = formatText.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "image/png" => MapImageFormat.Png,
            "image/jpeg" => MapImageFormat.Jpeg,
            _ => throw new WmsException(WmsException.InvalidFormat,
                $"FORMAT '{WmsParameters.Echo(formatText)}' is not drawn; use {string.Join(" or ", Formats)}", "FORMAT"),
        };
        return new MapImageRequest
        {
            Projection = view.Crs.Projection,
            Extent = view.Extent,
            Width = view.Width,
            Height = view.Height,
            Layers = view.Layers,
            Format = format,
            Transparent = parameters.Flag("TRANSPARENT", fallback: false),
            Background = Colour(parameters["BGCOLOR"]),
            Language = parameters["LANG"] is "en" ? "en" : "zh",
        };
    }

    public static string MediaType(MapImageFormat format) => format == MapImageFormat.Jpeg ? "image/jpeg" : "image/png";

    private static SKColor Colour(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return SKColors.White;
        }

        if (text.Length == 8 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
            uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        }

        throw new WmsException(WmsException.InvalidParameterValue, $"BGCOLOR must be 0xRRGGBB, not '{WmsParameters.Echo(text)}'", "BGCOLOR");
    }
}
