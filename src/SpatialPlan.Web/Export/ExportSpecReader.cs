using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Web.Export;

/// <summary>
/// Turns an <see cref="ExportBody"/> into a <see cref="MapSpec"/> and checks it (<see cref="MapSpecValidator"/>):
/// the spec, or the problems keyed by request field. Defaults: PNG, the plan's whole extent, A4 landscape at
/// 150 DPI (96 DPI for a pixel size), Chinese, EPSG:4549.
/// </summary>
public static class ExportSpecReader
{
    public static (MapSpec? Spec, Dictionary<string, string[]> Errors) Read(ExportBody body, LayerCatalogue catalogue, RenderLimits limits)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors.TryAdd(field, [message]);

        var format = body.Format?.ToLowerInvariant() switch
        {
            null or "png" => ExportFormat.Png,
            "pdf" => ExportFormat.Pdf,
            "svg" => ExportFormat.Svg,
            "png-georef" => ExportFormat.PngGeoref,
            "geotiff" => ExportFormat.GeoTiff,
            _ => Fail(Add, "format", "must be png, pdf, svg, png-georef or geotiff", ExportFormat.Png),
        };
        var crs = body.Crs?.ToUpperInvariant() switch
        {
            null or "EPSG:4549" or "4549" => MapCrs.GaussKruger120,
            "EPSG:3857" or "3857" => MapCrs.WebMercator,
            _ => Fail(Add, "crs", "must be EPSG:4549 (Gauss-Krüger CM 120°E) or EPSG:3857 (Web Mercator)", MapCrs.GaussKruger120),
        };
        var paper = Paper(body, Add);
        PixelSize? pixels = (body.Width, body.Height) switch
        {
            (null, null) => null,
            ({ } w, { } h) => new PixelSize(w, h),
            (null, _) => Fail<PixelSize?>(Add, "width", "give width and height together", null),
            _ => Fail<PixelSize?>(Add, "height", "give width and height together", null),
        };
        var layers = body.Layers?.Select(l => new LayerSpec(l.Id ?? "", l.Visible ?? true, l.Opacity ?? 1, l.Order)).ToList();
        if (layers?.Any(l => l.Id.Length == 0) == true)
        {
            Add("layers", "every layer needs an id");
        }

        var spec = new MapSpec
        {
            Format = format,
            Crs = crs,
            Extent = body.Bbox is null && body.Center is null && body.Scale is null
                ? new MapExtentSpec { Bbox = catalogue.Extent.Bbox }
                : new MapExtentSpec { Bbox = body.Bbox, Center = body.Center, Scale = body.Scale },
            Paper = paper,
            PixelSize = pixels,
            Dpi = body.Dpi ?? (pixels is null ? 150 : 96),
            Layers = layers,
            Title = body.Title,
            Subtitle = body.Subtitle,
            Language = body.Lang ?? "zh",
            Furniture = Furniture(body.Furniture),
        };
        foreach (var (field, messages) in MapSpecValidator.Validate(spec, catalogue, limits))
        {
            errors.TryAdd(field, messages);
        }

        return errors.Count > 0 ? (null, errors) : (spec, errors);
    }

    private static PaperSpec? Paper(ExportBody body, Action<string, string> add)
    {
        if (body.Paper is null && body.Orientation is null)
        {
            return null;
        }

        var size = body.Paper?.ToUpperInvariant() switch
        {
            null or "A4" => PaperSize.A4,
            "A3" => PaperSize.A3,
            _ => Fail(add, "paper", "must be A4 or A3", PaperSize.A4),
        };
        var orientation = body.Orientation?.ToLowerInvariant() switch
        {
            null or "landscape" => PaperOrientation.Landscape,
            "portrait" => PaperOrientation.Portrait,
            _ => Fail(add, "orientation", "must be landscape or portrait", PaperOrientation.Landscape),
        };
        return new PaperSpec(size, orientation);
    }

    private static FurnitureSpec Furniture(ExportFurniture? f)
    {
        var d = new FurnitureSpec();
        return f is null ? d : new FurnitureSpec
        {
            Title = f.Title ?? d.Title,
            Legend = f.Legend ?? d.Legend,
            ScaleBar = f.ScaleBar ?? d.ScaleBar,
            NorthArrow = f.NorthArrow ?? d.NorthArrow,
            Labels = f.Labels ?? d.Labels,
            Grid = f.Grid ?? d.Grid,
            Note = f.Note ?? d.Note,
        };
    }

    private static T Fail<T>(Action<string, string> add, string field, string message, T fallback)
    {
        add(field, message);
        return fallback;
    }
}
