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

    /// <summary>A zip of the PNG, its world file (.pgw), the CRS (.prj) and GDAL's side file with the CRS (.png.aux.xml), for GIS software.</summary>
    PngGeoref,

    /// <summary>A GeoTIFF: the raster with its georeferencing and EPSG code inside the file.</summary>
    GeoTiff,
}

/// <summary>The projection the map is drawn in.</summary>
public enum MapCrs
{
    /// <summary>EPSG:4549, CGCS2000 / 3-degree Gauss-Krüger CM 120°E: the planners' CRS, the default.</summary>
    GaussKruger120,

    /// <summary>EPSG:3857, as web maps draw.</summary>
    WebMercator,

    /// <summary>EPSG:4490 (CGCS2000) in plain degrees, longitude across and latitude up: a WMS map in a geographic CRS.</summary>
    Geographic,
}
