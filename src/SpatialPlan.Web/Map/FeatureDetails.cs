using System.Globalization;
using System.Text.Json;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Web.Map;

/// <summary>
/// What the identify panel shows for a clicked feature: its names, the plan attributes a planner reads
/// (role, industries, phase, use, status), the ellipsoidal area in km² / 公顷 / 亩, source and accuracy.
/// Values are plain text; the page renders them as text, never as HTML.
/// </summary>
public sealed record FeatureDetails(
    string CollectionId,
    string FeatureId,
    LocalizedText Layer,
    string Name,
    string? AlternateName,
    IReadOnlyList<FeatureDetails.Row> Rows,
    AreaUnits? Area,
    bool Schematic)
{
    public sealed record Row(LocalizedText Label, string Value);

    /// <summary>Properties shown, in this order: (zh key, en key or null, label).</summary>
    private static readonly (string Key, string? EnKey, LocalizedText Label)[] Shown =
    [
        ("role", "role_en", new("定位", "Role")),
        ("industries", "industries_en", new("产业重点", "Industry focus")),
        ("phase", "phase_en", new("分期", "Phase")),
        ("planned_use", "planned_use_en", new("规划用途", "Planned use")),
        ("kind", null, new("类型", "Kind")),
        ("direction", null, new("方向", "Direction")),
        ("status", null, new("状态", "Status")),
        ("zone_name_zh", null, new("所在分区", "Zone")),
        ("built_year", null, new("建成年份", "Year built")),
        ("note", null, new("备注", "Note")),
        ("author", null, new("记录人", "Recorded by")),
        ("created_at", null, new("记录时间", "Recorded")),
        ("updated_at", null, new("更新时间", "Updated")),
        ("source", null, new("来源", "Source")),
        ("licence", null, new("许可", "Licence")),
    ];

    /// <summary>Properties holding a UTC time, shown in the page's time zone.</summary>
    private static readonly string[] Times = ["created_at", "updated_at"];

    /// <param name="zone">The time zone record times are shown in.</param>
    public static FeatureDetails For(LayerDefinition layer, PlanFeature feature, string language, TimeZoneInfo zone)
    {
        var en = language == "en";
        var nameZh = feature.Text("name_zh");
        var nameEn = feature.Text("name_en");
        var rows = new List<Row>();
        foreach (var (key, enKey, label) in Shown)
        {
            var value = Value(feature, en && enKey is not null && feature.Attributes.Exists(enKey) ? enKey : key);
            if (!string.IsNullOrWhiteSpace(value))
            {
                rows.Add(new Row(label, Times.Contains(key) ? LocalTime.Format(value, zone) : value));
            }
        }

        var area = feature.Geometry.Dimension == NetTopologySuite.Geometries.Dimension.Surface
            ? new AreaUnits(EllipsoidalArea.SquareMetres(feature.Geometry))
            : (AreaUnits?)null;
        return new FeatureDetails(layer.Id, feature.Id, layer.Title,
            (en ? nameEn ?? nameZh : nameZh ?? nameEn) ?? feature.Id,
            en ? nameZh : nameEn,
            rows, area, feature.Text("accuracy") == "schematic");
    }

    /// <summary>A property as display text: arrays joined with "、", numbers in invariant form.</summary>
    private static string? Value(PlanFeature feature, string key)
    {
        if (!feature.Attributes.Exists(key))
        {
            return null;
        }

        return feature.Attributes[key] switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                string.Join("、", array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            JsonElement other => other.GetRawText(),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }
}
