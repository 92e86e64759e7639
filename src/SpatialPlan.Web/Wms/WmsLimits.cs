using SpatialPlan.Web.Export;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// What one WMS request may ask for: the export's pixel cap (<see cref="ExportOptions.MaxPixels"/>, checked before
/// anything is allocated), a side no longer than a square of that many pixels, and a bounded layer list.
/// </summary>
public sealed record WmsLimits(long MaxPixels, int MaxSide, int MaxLayers)
{
    public static WmsLimits From(ExportOptions options)
    {
        var limits = options.Limits;
        return new WmsLimits(limits.MaxPixels, (int)Math.Min(limits.MaxSide, Math.Floor(Math.Sqrt(limits.MaxPixels))), MaxLayers: 64);
    }
}
