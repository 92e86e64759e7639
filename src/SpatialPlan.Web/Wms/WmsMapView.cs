using System.Globalization;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Image;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// The map part of GetMap and GetFeatureInfo: LAYERS (the root layer stands for all, in draw order), STYLES, CRS, BBOX
/// (in the CRS's axis order), WIDTH and HEIGHT. Each bad value is a <see cref="WmsException"/> naming its parameter.
/// </summary>
public sealed record WmsMapView(WmsCrs Crs, Envelope Extent, int Width, int Height, IReadOnlyList<MapImageLayer> Layers)
{
    public static WmsMapView Read(WmsParameters parameters, LayerCatalogue catalogue, WmsLimits limits)
    {
        var version = parameters.Required("VERSION");
        if (version != WmsCapabilities.Version)
        {
            throw new WmsException(WmsException.InvalidParameterValue,
                $"this service speaks WMS {WmsCapabilities.Version} only (CRS, not SRS; I and J, not X and Y), not '{WmsParameters.Echo(version)}'", "VERSION");
        }

        var layers = ReadLayers(parameters, catalogue, limits);
        var crsCode = parameters.Required("CRS");
        var crs = WmsCrs.Find(crsCode) ?? throw new WmsException(WmsException.InvalidCrs,
            $"CRS '{WmsParameters.Echo(crsCode)}' is not served; use one of {string.Join(", ", WmsCrs.All.Select(c => c.Code))}", "CRS");
        var extent = crs.ExtentOf(Bbox(parameters.Required("BBOX")));
        var width = parameters.Whole("WIDTH", 1, limits.MaxSide);
        var height = parameters.Whole("HEIGHT", 1, limits.MaxSide);
        if ((long)width * height > limits.MaxPixels)
        {
            throw new WmsException(WmsException.InvalidParameterValue,
                $"{width} × {height} pixels is more than the {limits.MaxPixels.ToString("N0", CultureInfo.InvariantCulture)} a map may have", "WIDTH");
        }

        return new WmsMapView(crs, extent, width, height, layers);
    }

    /// <summary>The map coordinate (x east, y north) of a pixel's centre.</summary>
    public (double X, double Y) MapPoint(double column, double row) => (
        Extent.MinX + ((column + 0.5) * Extent.Width / Width),
        Extent.MaxY - ((row + 0.5) * Extent.Height / Height));

    /// <summary>The layers a list names (LAYERS with its STYLES, or GetFeatureInfo's QUERY_LAYERS), bottom first.</summary>
    public static List<MapImageLayer> ReadLayers(WmsParameters parameters, LayerCatalogue catalogue, WmsLimits limits, string name = "LAYERS")
    {
        var names = parameters.Required(name).Split(',');
        var styles = (name == "LAYERS" ? parameters["STYLES"] ?? "" : "").Split(',');
        if (styles.Length != names.Length && !(styles.Length == 1 && styles[0].Length == 0))
        {
            throw new WmsException(WmsException.StyleNotDefined,
                $"STYLES lists {styles.Length} styles for {names.Length} layers; give one per layer, or leave STYLES empty", "STYLES");
        }

        var layers = new List<MapImageLayer>();
        for (var i = 0; i < names.Length; i++)
        {
            var style = styles.Length == names.Length ? styles[i].Trim() : "";
            var found = names[i].Trim() == WmsCapabilities.RootLayer
                ? catalogue.Layers.OrderBy(l => l.DrawOrder).ToList()
                : catalogue.Find(names[i].Trim()) is { } one ? [one] : throw new WmsException(WmsException.LayerNotDefined,
                    $"layer '{WmsParameters.Echo(names[i])}' is not served; GetCapabilities lists them", name);
            foreach (var layer in found)
            {
                var labels = WmsStyles.DrawsLabels(layer, style) ?? throw new WmsException(WmsException.StyleNotDefined,
                    $"layer '{layer.Id}' has no style '{WmsParameters.Echo(style)}'; it has {string.Join(", ", WmsStyles.For(layer).Select(s => s.Name))}", "STYLES");
                layers.Add(new MapImageLayer(layer, labels));
            }
        }

        return layers.Count <= limits.MaxLayers ? layers : throw new WmsException(WmsException.InvalidParameterValue,
            $"at most {limits.MaxLayers} layers may be drawn at once", name);
    }

    private static double[] Bbox(string text)
    {
        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (numbers.Length != 4 || numbers.Any(double.IsNaN))
        {
            throw new WmsException(WmsException.InvalidParameterValue, $"BBOX needs four finite numbers minx,miny,maxx,maxy, not '{WmsParameters.Echo(text)}'", "BBOX");
        }

        if (numbers[0] >= numbers[2] || numbers[1] >= numbers[3])
        {
            throw new WmsException(WmsException.InvalidParameterValue, "BBOX minimums must be less than its maximums (minx,miny,maxx,maxy in the CRS's axis order)", "BBOX");
        }

        if (numbers.Any(v => Math.Abs(v) > 1e8))
        {
            throw new WmsException(WmsException.InvalidParameterValue, "BBOX lies beyond any CRS this service draws", "BBOX");
        }

        return numbers;
    }
}
