using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Rendering.Spec;

/// <summary>
/// Checks a <see cref="MapSpec"/> against the catalogue and the <see cref="RenderLimits"/>. Problems are keyed by
/// the request field that carries them (bbox, dpi, width, layers, …), as the API reports them.
/// </summary>
public static class MapSpecValidator
{
    public static Dictionary<string, string[]> Validate(MapSpec spec, LayerCatalogue catalogue, RenderLimits limits)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        CheckExtent(spec.Extent, catalogue, limits, Add);
        if (spec.Dpi < limits.MinDpi || spec.Dpi > limits.MaxDpi)
        {
            Add("dpi", $"must be between {limits.MinDpi} and {limits.MaxDpi}");
        }

        if (spec.Paper is not null && spec.PixelSize is not null)
        {
            Add("paper", "give either a paper size or width and height in pixels, not both");
        }

        CheckPixels(spec, limits, Add);
        CheckLayers(spec.Layers, catalogue, Add);
        CheckText("title", spec.Title, limits, Add);
        CheckText("subtitle", spec.Subtitle, limits, Add);
        if (spec.Language is not ("zh" or "en"))
        {
            Add("lang", "must be zh or en");
        }

        return errors;
    }

    /// <summary>The raster size the spec asks for, in pixels (paper sizes at the spec's DPI).</summary>
    public static (long Width, long Height) PixelDimensions(MapSpec spec)
    {
        if (spec.PixelSize is { } size)
        {
            return (size.Width, size.Height);
        }

        var (w, h) = (spec.Paper ?? new PaperSpec()).Millimetres;
        return ((long)Math.Round(w / 25.4 * spec.Dpi), (long)Math.Round(h / 25.4 * spec.Dpi));
    }

    private static void CheckPixels(MapSpec spec, RenderLimits limits, Action<string, string> add)
    {
        if (spec.PixelSize is { } size)
        {
            foreach (var (field, value) in new[] { ("width", size.Width), ("height", size.Height) })
            {
                if (value < limits.MinSide || value > limits.MaxSide)
                {
                    add(field, $"must be between {limits.MinSide} and {limits.MaxSide} pixels");
                }
            }
        }

        var (width, height) = PixelDimensions(spec);
        if (width * height > limits.MaxPixels)
        {
            add(spec.PixelSize is null ? "dpi" : "width",
                $"{width} × {height} pixels is more than the {limits.MaxPixels:N0} an export may have");
        }
    }

    private static void CheckExtent(MapExtentSpec extent, LayerCatalogue catalogue, RenderLimits limits, Action<string, string> add)
    {
        if (extent.Bbox is not null == extent.Center is not null)
        {
            add("bbox", "give either bbox or center with scale");
            return;
        }

        if (extent.Bbox is { } bbox)
        {
            var problem =
                bbox.Count != 4 ? "needs 4 numbers minLon,minLat,maxLon,maxLat" :
                bbox.Any(v => !double.IsFinite(v)) ? "must be finite numbers" :
                bbox[0] is < -180 or > 180 || bbox[2] is < -180 or > 180 ? "longitudes must lie within -180..180" :
                bbox[1] is < -90 or > 90 || bbox[3] is < -90 or > 90 ? "latitudes must lie within -90..90" :
                bbox[0] >= bbox[2] ? "minLon must be less than maxLon" :
                bbox[1] >= bbox[3] ? "minLat must be less than maxLat" :
                bbox[2] - bbox[0] > limits.MaxSpanDegrees || bbox[3] - bbox[1] > limits.MaxSpanDegrees
                    ? $"may span at most {limits.MaxSpanDegrees}° (one Gauss-Krüger zone)" :
                !catalogue.Extent.Envelope.Intersects(new NetTopologySuite.Geometries.Envelope(bbox[0], bbox[2], bbox[1], bbox[3]))
                    ? "does not overlap the plan's extent " + string.Join(",", catalogue.Extent.Bbox) :
                null;
            if (problem is not null)
            {
                add("bbox", problem);
            }

            if (extent.Scale is not null)
            {
                add("scale", "a scale goes with center, not with bbox");
            }

            return;
        }

        var center = extent.Center!;
        var near = catalogue.Extent.Envelope.Copy();
        near.ExpandBy(limits.MaxSpanDegrees / 2);
        if (center.Count != 2 || center.Any(v => !double.IsFinite(v)) || !near.Contains(center[0], center[1]))
        {
            add("center", "needs lon,lat near the plan's extent " + string.Join(",", catalogue.Extent.Bbox));
        }

        if (extent.Scale is not { } scale || !double.IsFinite(scale) || scale < limits.MinScale || scale > limits.MaxScale)
        {
            add("scale", $"needs a scale denominator between {limits.MinScale} and {limits.MaxScale} (50000 for 1:50 000)");
        }
    }

    private static void CheckLayers(IReadOnlyList<LayerSpec>? layers, LayerCatalogue catalogue, Action<string, string> add)
    {
        if (layers is null)
        {
            return;
        }

        var unknown = layers.Where(l => catalogue.Find(l.Id) is null).Select(l => l.Id).ToList();
        if (unknown.Count > 0)
        {
            add("layers", $"unknown layer '{EchoedText.Shorten(unknown[0], 40)}'; GET /api/layers lists them");
        }
        else if (layers.Select(l => l.Id).Distinct().Count() != layers.Count)
        {
            add("layers", "a layer is listed twice");
        }
        else if (layers.Any(l => !double.IsFinite(l.Opacity) || l.Opacity < 0 || l.Opacity > 1))
        {
            add("layers", "opacity must lie within 0..1");
        }
    }

    private static void CheckText(string field, string? text, RenderLimits limits, Action<string, string> add)
    {
        if (text is not null && (text.Length > limits.MaxTextLength || text.Any(char.IsControl)))
        {
            add(field, $"must be at most {limits.MaxTextLength} characters without control characters");
        }
    }
}
