using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Image;

/// <summary>The encodings of a bare map image.</summary>
public enum MapImageFormat
{
    /// <summary>PNG, with an alpha channel when the background is transparent.</summary>
    Png,

    /// <summary>JPEG, always opaque.</summary>
    Jpeg,
}

/// <summary>One layer of a map image: its catalogue entry and whether its labels are drawn.</summary>
public sealed record MapImageLayer(LayerDefinition Layer, bool Labels);

/// <summary>
/// A bare map, as a map server draws one (WMS GetMap): exactly this extent in exactly this many pixels, stretched when
/// the two differ in shape, the layers in the catalogue's symbology at the screen's size (a CSS pixel per pixel, as the
/// web map draws), no furniture.
/// </summary>
public sealed record MapImageRequest
{
    public required MapProjection Projection { get; init; }

    /// <summary>The extent in the projection's units, x east and y north whatever the CRS's own axis order.</summary>
    public required Envelope Extent { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>The layers, bottom first.</summary>
    public required IReadOnlyList<MapImageLayer> Layers { get; init; }

    public MapImageFormat Format { get; init; } = MapImageFormat.Png;

    /// <summary>Where no layer draws: this colour, or nothing at all (PNG only).</summary>
    public SKColor Background { get; init; } = SKColors.White;

    public bool Transparent { get; init; }

    /// <summary>"zh" or "en": which label property the labels read.</summary>
    public string Language { get; init; } = "zh";

    public int JpegQuality { get; init; } = 90;
}
