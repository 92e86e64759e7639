using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// The legend, generated from the catalogue entries of the visible layers (the same symbology the web map
/// draws): one section per layer, topmost layer first; a categorised layer lists its classes.
/// </summary>
public sealed record Legend(string Heading, IReadOnlyList<LegendSection> Sections)
{
    public static Legend For(IEnumerable<LayerDefinition> visibleTopFirst, string language) => new(
        language == "en" ? "Legend" : "图例",
        visibleTopFirst.Select(layer => new LegendSection(
            layer.Id,
            layer.Legend.For(language),
            layer.Categories is { } categories
                ? categories.Classes.Select(c => new LegendEntry(c.Label.For(language), c.Value, layer.StyleFor(c.Value))).ToList()
                : [new LegendEntry(layer.Title.For(language), null, layer.Style)])).ToList());
}

/// <summary>One layer in the legend: its legend text and its symbols.</summary>
public sealed record LegendSection(string LayerId, string Heading, IReadOnlyList<LegendEntry> Entries);

/// <summary>One symbol: its label, the category value it stands for (null: the whole layer) and its style.</summary>
public sealed record LegendEntry(string Label, string? CategoryValue, PathStyle Style);
