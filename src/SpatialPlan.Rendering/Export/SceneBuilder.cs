using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Export;

/// <summary>
/// Turns a checked <see cref="MapSpec"/> into a <see cref="MapScene"/>: lays out the page, fits the frame, reads
/// the visible layers' features in the frame from the store (a layer with more than a page of them is left to
/// <see cref="FramePages"/> while it is drawn), and places scale bar and labels.
/// </summary>
public static class SceneBuilder
{
    public static async Task<MapScene> BuildAsync(MapSpec spec, LayerCatalogue catalogue, IFeatureReader store, FontSet fonts,
        DateOnly date, int featurePageSize, CancellationToken cancellationToken)
    {
        var page = PageSetup.For(spec);
        var type = new Typography(page.TextScale);
        var furniture = spec.Furniture;
        var visible = VisibleLayers(spec, catalogue);
        var legend = furniture.Legend ? Legend.For(visible.Select(v => v.Layer).Reverse(), spec.Language) : null;
        var title = furniture.Title ? spec.Title ?? MapNote.DefaultTitle(spec.Language) : null;
        var subtitle = furniture.Title ? spec.Subtitle : null;
        var titleBlock = TitleBlock.Fit(title, subtitle, PageLayout.TitleWidth(page, type), fonts, type);
        var legendPainter = legend is null ? null : new LegendPainter(legend, fonts, type);

        var layout = PageLayout.Create(page, furniture, type, titleBlock.Height, titleBlock.Width,
            legendPainter is null ? null : legendPainter.Height,
            furniture.Note ? width => NoteHeight(NoteLines(spec, page, visible, 999_999_999, date), fonts, type, width) : null);
        var frame = MapFrame.Create(MapProjection.For(spec.Crs), layout.Frame, spec.Extent);

        var layers = new List<PreparedLayer>();
        foreach (var (layer, opacity) in visible)
        {
            layers.Add(await PreparedLayer.LoadAsync(layer, opacity, store, frame.LonLatEnvelope, featurePageSize, cancellationToken));
        }

        layout = LegendCorner.Choose(layout, frame, layers, type);
        var scaleBar = layout.ScaleBarOrigin is not null ? ScaleBar.For(frame, layout.ScaleBarMaxLength) : null;
        var obstacles = layout.Obstacles.ToList();
        if (scaleBar is not null)
        {
            obstacles.Add(scaleBar.Bounds(layout.ScaleBarOrigin!.Value, type));
        }

        var labels = furniture.Labels
            ? LabelPlacer.Place(MapLabel.From(layers, frame, spec.Language, type), frame.Rect, obstacles, fonts)
            : [];
        return new MapScene
        {
            Spec = spec,
            Page = page,
            Type = type,
            Layout = layout,
            Frame = frame,
            Layers = layers,
            Legend = legend,
            ScaleBar = scaleBar,
            Labels = labels,
            Obstacles = obstacles,
            Title = title,
            TitleBlock = titleBlock,
            Subtitle = subtitle,
            NoteLines = furniture.Note ? NoteLines(spec, page, visible, frame.ScaleDenominator, date) : [],
            Date = date,
        };
    }

    /// <summary>
    /// The layers to draw with their opacity, bottom first: the catalogue's drawOrder, unless the spec gives
    /// an order. No layer list means every catalogue layer.
    /// </summary>
    public static IReadOnlyList<(LayerDefinition Layer, double Opacity)> VisibleLayers(MapSpec spec, LayerCatalogue catalogue)
    {
        var requested = spec.Layers ?? catalogue.Layers.Select(l => new LayerSpec(l.Id)).ToList();
        return requested
            .Where(r => r.Visible && catalogue.Find(r.Id) is not null)
            .Select(r => (Spec: r, Layer: catalogue.Find(r.Id)!))
            .OrderBy(x => x.Spec.Order ?? int.MaxValue)
            .ThenBy(x => x.Layer.DrawOrder)
            .Select(x => (x.Layer, x.Spec.Opacity))
            .ToList();
    }

    /// <summary>Height of the note's lines wrapped to a width, with a little space above.</summary>
    public static float NoteHeight(IEnumerable<string> lines, FontSet fonts, Typography type, float width)
    {
        using var font = fonts.Font(type.Note);
        var count = lines.Sum(l => TextWrap.Lines(l, font, width).Count);
        return (count * type.Note * 1.35f) + (type.Note * 0.8f);
    }

    private static IReadOnlyList<string> NoteLines(MapSpec spec, PageSetup page,
        IEnumerable<(LayerDefinition Layer, double Opacity)> visible, double scale, DateOnly date) =>
        MapNote.Lines(MapProjection.For(spec.Crs), scale, page, visible.Select(v => v.Layer), spec.Language, date);
}
