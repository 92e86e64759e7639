using System.Globalization;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// The small print under the map: the CRS and scale, the sources and licences of the visible layers as the
/// catalogue gives them (OpenStreetMap-derived ones carry "© OpenStreetMap contributors"), the schematic (示意)
/// disclaimer and the export date.
/// </summary>
public static class MapNote
{
    /// <param name="scaleDenominator">The scale at the map's centre; before the frame is fitted, the largest it may be.</param>
    public static IReadOnlyList<string> Lines(MapProjection projection, double scaleDenominator, PageSetup page,
        IEnumerable<LayerDefinition> layers, string language, DateOnly date)
    {
        var scale = FormatScale(scaleDenominator);
        var licences = string.Join("; ", layers
            .SelectMany(l => l.Licence.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct());
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dpi = page.Dpi.ToString(CultureInfo.InvariantCulture);
        var atSize = page.IsPaper ? "" : language == "en" ? $" at {dpi} DPI" : $" (按 {dpi} DPI)";
        return language == "en"
            ?
            [
                $"Coordinate system: {projection.NameEn}. Scale 1:{scale}{atSize}.",
                $"Data sources: {licences}.",
                $"Schematic map (示意): zone extents, blocks and axes are indicative, not legal boundaries. Plan: Wenzhou Oujiangkou Industrial Cluster Zone, 14th Five-Year Plan (consultation draft). Exported {day}.",
            ]
            :
            [
                $"坐标系: {projection.NameZh}。比例尺 1:{scale}{atSize}。",
                $"数据来源: {licences}。",
                $"示意图: 分区范围、地块与轴线均为示意, 非法定边界, 不作为用地依据。规划依据: 温州瓯江口产业集聚区“十四五”规划(征求意见稿)。导出日期: {day}",
            ];
    }

    /// <summary>A scale denominator rounded to three significant figures, thousands grouped with spaces: 50 000.</summary>
    public static string FormatScale(double denominator)
    {
        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(denominator)) - 2));
        var rounded = Math.Round(denominator / magnitude) * magnitude;
        return rounded.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
    }

    public static string DefaultTitle(string language) => language == "en"
        ? "Wenzhou Oujiangkou Industrial Cluster Zone: one core, three districts (schematic)"
        : "温州瓯江口产业集聚区“一核三区”空间结构示意图";
}
