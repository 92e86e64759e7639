namespace SpatialPlan.Rendering.Spec;

/// <summary>The file an export produces.</summary>
public enum ExportFormat
{
    /// <summary>A raster image.</summary>
    Png,

    /// <summary>Vector PDF with text as text (Chinese embedded).</summary>
    Pdf,

    /// <summary>Vector SVG with text as text.</summary>
    Svg,

    /// <summary>A zip of the PNG, its world file (.pgw) and the CRS (.prj), for GIS software.</summary>
    PngGeoref,
}

/// <summary>The projection the map is drawn in.</summary>
public enum MapCrs
{
    /// <summary>EPSG:4549, CGCS2000 / 3-degree Gauss-Krüger CM 120°E: the planners' CRS, the default.</summary>
    GaussKruger120,

    /// <summary>EPSG:3857, as web maps draw.</summary>
    WebMercator,
}
