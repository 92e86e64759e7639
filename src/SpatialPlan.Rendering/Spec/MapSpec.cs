namespace SpatialPlan.Rendering.Spec;

/// <summary>
/// What to export: the layers, the extent, the page, the text and the furniture. Build one from the POST body
/// or the GET query, then check it with <see cref="MapSpecValidator"/> before rendering.
/// </summary>
public sealed record MapSpec
{
    public ExportFormat Format { get; init; } = ExportFormat.Png;

    /// <summary>The layers to consider; null means every catalogue layer, visible, at full opacity.</summary>
    public IReadOnlyList<LayerSpec>? Layers { get; init; }

    public required MapExtentSpec Extent { get; init; }

    /// <summary>A paper sheet; exclusive with <see cref="PixelSize"/>. Neither given: A4 landscape.</summary>
    public PaperSpec? Paper { get; init; }

    /// <summary>An image of exactly this many pixels, the map filling it; exclusive with <see cref="Paper"/>.</summary>
    public PixelSize? PixelSize { get; init; }

    /// <summary>Dots per inch: raster resolution, and how big print sizes (text, line widths) are in pixels.</summary>
    public int Dpi { get; init; } = 150;

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>"zh" (default) or "en": legend, note and labels.</summary>
    public string Language { get; init; } = "zh";

    public MapCrs Crs { get; init; } = MapCrs.GaussKruger120;

    public FurnitureSpec Furniture { get; init; } = new();
}

/// <summary>One layer of the export: catalogue id, visibility, opacity (multiplies the style's opacities), order.</summary>
public sealed record LayerSpec(string Id, bool Visible = true, double Opacity = 1.0, int? Order = null);

/// <summary>Width and height of a raster export, in pixels.</summary>
public sealed record PixelSize(int Width, int Height);

/// <summary>Which furniture to draw; everything but the coordinate grid by default.</summary>
public sealed record FurnitureSpec
{
    public bool Title { get; init; } = true;
    public bool Legend { get; init; } = true;
    public bool ScaleBar { get; init; } = true;
    public bool NorthArrow { get; init; } = true;
    public bool Labels { get; init; } = true;
    public bool Grid { get; init; }
    public bool Note { get; init; } = true;

    /// <summary>No furniture at all: the bare map, as the pixel tests use it.</summary>
    public static FurnitureSpec None { get; } = new()
    {
        Title = false, Legend = false, ScaleBar = false, NorthArrow = false, Labels = false, Grid = false, Note = false,
    };
}
