using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Export;

/// <summary>
/// Everything one export draws, decided before any pixel is: page, layout, frame, layers with their features,
/// and the furniture with its texts. The same scene paints a PNG, a PDF and an SVG alike.
/// </summary>
public sealed record MapScene
{
    public required MapSpec Spec { get; init; }
    public required PageSetup Page { get; init; }
    public required Typography Type { get; init; }
    public required PageLayout Layout { get; init; }
    public required MapFrame Frame { get; init; }

    /// <summary>Visible layers in drawing order, bottom first.</summary>
    public required IReadOnlyList<PreparedLayer> Layers { get; init; }

    public Legend? Legend { get; init; }
    public ScaleBar? ScaleBar { get; init; }
    public IReadOnlyList<PlacedLabel> Labels { get; init; } = [];

    /// <summary>Furniture boxes over the map (layout's and the scale bar's) that labels and grid labels keep clear of.</summary>
    public IReadOnlyList<SkiaSharp.SKRect> Obstacles { get; init; } = [];
    public string? Title { get; init; }

    /// <summary>The title's lines and size as fitted to the page.</summary>
    public TitleBlock TitleBlock { get; init; } = TitleBlock.Empty;
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> NoteLines { get; init; } = [];
    public required DateOnly Date { get; init; }

    /// <summary>Every text the export draws, with the request field it came from ("" for the server's own text).</summary>
    public IEnumerable<(string Field, string Text)> Texts()
    {
        if (Title is not null)
        {
            yield return (Spec.Title is null ? "" : "title", Title); // the default title is the server's own
        }

        if (Subtitle is not null)
        {
            yield return ("subtitle", Subtitle);
        }

        var own = NoteLines.Concat(Labels.Select(l => l.Label.Text));
        if (Legend is not null)
        {
            own = own.Append(Legend.Heading).Concat(Legend.Sections.SelectMany(s => s.Entries.Select(e => e.Label).Append(s.Heading)));
        }

        if (ScaleBar is not null)
        {
            own = own.Append(ScaleBar.Format(ScaleBar.GroundMetres));
        }

        if (Layout.NorthArrow is not null)
        {
            own = own.Append(Spec.Language == "en" ? "N" : "北");
        }

        if (Spec.Furniture.Grid)
        {
            own = own.Append("0123456789°′ENSW");
        }

        foreach (var text in own)
        {
            yield return ("", text);
        }
    }
}
