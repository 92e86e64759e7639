using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Image;

/// <summary>
/// Draws a <see cref="MapImageRequest"/> with the export's painters: the same layer drawing (big layers page by page),
/// labels placed without overlaps. Only the part of the extent near the plan is read and projected, so a client
/// zoomed out to the whole world in any CRS gets an empty image around the plan instead of a projection outside its
/// zone. The request must have been checked (size, finite extent).
/// </summary>
public sealed class MapImageRenderer(LayerCatalogue catalogue, IFeatureReader store, FontSet fonts)
{
    /// <summary>Page points (1/72 inch) per pixel: one CSS pixel (1/96 inch) a pixel, as the web map draws.</summary>
    private const float PointsPerPixel = 72f / 96f;

    /// <summary>Most features of one layer held at once; a layer with more in the image is drawn page by page.</summary>
    public int FeaturePageSize { get; init; } = FramePages.DefaultPageSize;

    public async Task<byte[]> RenderAsync(MapImageRequest request, CancellationToken cancellationToken)
    {
        var info = new SKImageInfo(request.Width, request.Height, SKColorType.Rgba8888,
            request.Transparent && request.Format == MapImageFormat.Png ? SKAlphaType.Premul : SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {info.Width} × {info.Height} raster");
        var canvas = surface.Canvas;
        canvas.Clear(info.AlphaType == SKAlphaType.Premul ? SKColors.Transparent : request.Background.WithAlpha(255));
        if (PlanFrame(request) is { } frame)
        {
            var extent = request.Extent;
            var pageHeight = (float)(request.Width * PointsPerPixel * extent.Height / extent.Width);
            canvas.Scale(1 / PointsPerPixel, request.Height / pageHeight);
            await PaintAsync(canvas, request, frame, cancellationToken);
        }

        canvas.Flush();
        using var pixels = surface.PeekPixels();
        using var data = (request.Format == MapImageFormat.Jpeg
            ? pixels.Encode(new SKJpegEncoderOptions(request.JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            : pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 6)))
            ?? throw new InvalidOperationException("Skia could not encode the image");
        return data.ToArray();
    }

    /// <summary>
    /// The frame over the part of the extent where the plan lies (its data all lies in the catalogue's extent), placed
    /// on the page where that part is in the whole extent; null when the extent misses the plan.
    /// </summary>
    private MapFrame? PlanFrame(MapImageRequest request)
    {
        var bbox = catalogue.Extent.Bbox;
        var plan = MapFrame.ProjectedEnvelope(request.Projection, bbox[0], bbox[1], bbox[2], bbox[3]);
        plan.ExpandBy(plan.Width * 0.05, plan.Height * 0.05); // strokes and labels reach a little beyond the data
        var extent = request.Extent;
        var shown = extent.Intersection(plan);
        if (shown.IsNull || shown.Width <= 0 || shown.Height <= 0)
        {
            return null;
        }

        var unitsPerPoint = extent.Width / (request.Width * PointsPerPixel);
        var rect = new SKRect(
            (float)((shown.MinX - extent.MinX) / unitsPerPoint), (float)((extent.MaxY - shown.MaxY) / unitsPerPoint),
            (float)((shown.MaxX - extent.MinX) / unitsPerPoint), (float)((extent.MaxY - shown.MinY) / unitsPerPoint));
        return MapFrame.ForExtent(request.Projection, rect, shown);
    }

    private async Task PaintAsync(SKCanvas canvas, MapImageRequest request, MapFrame frame, CancellationToken cancellationToken)
    {
        var layers = new List<PreparedLayer>();
        foreach (var layer in request.Layers)
        {
            var prepared = await PreparedLayer.LoadAsync(layer.Layer, 1, store, frame.LonLatEnvelope, FeaturePageSize, cancellationToken);
            layers.Add(prepared);
            await LayerPainter.PaintAsync(canvas, prepared, frame, cancellationToken);
        }

        var labelled = layers.Where(l => request.Layers.Any(r => r.Labels && r.Layer.Id == l.Layer.Id)).ToList();
        if (labelled.Count > 0)
        {
            var type = new Typography(1);
            var drawable = MapLabel.From(labelled, frame, request.Language, type).Where(l => fonts.FirstMissing(l.Text) is null);
            MapPainter.PaintLabels(canvas, LabelPlacer.Place(drawable, frame.Rect, [], fonts), fonts, type);
        }
    }

    /// <summary>The extent's envelope in lon/lat, for callers that need the box a request covers.</summary>
    public static Envelope LonLatOf(MapProjection projection, Envelope extent) =>
        MapFrame.ForExtent(projection, new SKRect(0, 0, 100, (float)(100 * extent.Height / extent.Width)), extent).LonLatEnvelope;
}
