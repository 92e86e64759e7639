using System.Globalization;
using System.Text.Json;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Plan;

namespace SpatialPlan.Web.Map;

/// <summary>
/// What the identify panel shows for a clicked feature: its names, the plan attributes a planner reads
/// (role, industries, phase, use, kind, status) with coded values in words, the ellipsoidal area in km² / 公顷 / 亩,
/// whether it is the plan's own text or this map's schematic reading (with the plan's sentence where there is one),
/// and its provenance: a plain sentence, with the technical source and licence kept for a details fold.
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

    /// <summary>plan (named by the plan), reading (this map's schematic reading) or source (public geography).</summary>
    public string Basis { get; init; } = "source";

    /// <summary>The plan's sentence behind the feature, where it has one.</summary>
    public string? PlanSentence { get; init; }

    /// <summary>Where the feature comes from, in plain words of the page's language.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>The technical source, licence and accuracy as the data records them (English, for a details fold).</summary>
    public IReadOnlyList<Row> ProvenanceDetails { get; init; } = [];

    /// <summary>Properties shown, in this order: (zh key, en key or null, label).</summary>
    private static readonly (string Key, string? EnKey, LocalizedText Label)[] Shown =
    [
        ("role", "role_en", new("定位", "Role")),
        ("industries", "industries_en", new("产业重点", "Industry focus")),
        ("intentions", "intentions_en", new("规划意向 (未定地块)", "Intentions (no sites given)")),
        ("phase", "phase_en", new("分期", "Phase")),
        ("planned_use", "planned_use_en", new("规划用途", "Planned use")),
        ("kind", null, new("类型", "Kind")),
        ("plan_item", null, new("规划所列", "Plan item")),
        ("direction", null, new("方向", "Direction")),
        ("status", null, new("状态", "Status")),
        ("zone_name_zh", null, new("所在分区", "Zone")),
        ("built_year", null, new("建成年份", "Year built")),
        ("note", null, new("备注", "Note")),
        ("author", null, new("记录人", "Recorded by")),
    ];

    private static readonly (string Key, LocalizedText Label)[] ProvenanceShown =
    [
        ("source", new("来源", "Source")),
        ("licence", new("许可", "Licence")),
        ("accuracy", new("精度", "Accuracy")),
    ];

    /// <summary>Properties holding a UTC time, shown in the page's time zone: (key, label).</summary>
    private static readonly (string Key, LocalizedText Label)[] Times =
    [
        ("created_at", new("记录时间", "Recorded")),
        ("updated_at", new("更新时间", "Updated")),
    ];

    /// <summary>Where the planners work, when no zone is given (the page passes <see cref="MapPageOptions.TimeZone"/>).</summary>
    private static readonly TimeZoneInfo PlanTimeZone = LocalTime.Zone("Asia/Shanghai")!;

    public static FeatureDetails For(LayerDefinition layer, PlanFeature feature, string language) =>
        For(layer, feature, language, null, null);

    /// <param name="zone">The time zone record times are shown in.</param>
    public static FeatureDetails For(LayerDefinition layer, PlanFeature feature, string language, TimeZoneInfo zone) =>
        For(layer, feature, language, null, null, zone);

    /// <param name="layer">The feature's collection.</param>
    /// <param name="feature">The feature.</param>
    /// <param name="language">The page's language.</param>
    /// <param name="catalogue">The catalogue whose value labels turn codes into words, or null.</param>
    /// <param name="plan">The plan whose sentences back the feature, or null.</param>
    /// <param name="zone">The time zone record times are shown in; Asia/Shanghai when null.</param>
    public static FeatureDetails For(
        LayerDefinition layer, PlanFeature feature, string language, LayerCatalogue? catalogue, PlanDocument? plan, TimeZoneInfo? zone = null)
    {
        var en = language == "en";
        var nameZh = feature.Text("name_zh");
        var nameEn = feature.Text("name_en");
        var rows = new List<Row>();
        foreach (var (key, enKey, label) in Shown)
        {
            var shownKey = en && enKey is not null && feature.Attributes.Exists(enKey) ? enKey : key;
            var value = Value(feature, shownKey, language);
            if (!string.IsNullOrWhiteSpace(value))
            {
                rows.Add(new Row(label, catalogue?.ValueLabel(key, value)?.For(language) ?? value));
            }
        }

        foreach (var (key, label) in Times)
        {
            if (feature.Text(key) is { Length: > 0 } stored)
            {
                rows.Add(new Row(label, LocalTime.Format(stored, zone ?? PlanTimeZone)));
            }
        }

        var area = feature.Geometry.Dimension == NetTopologySuite.Geometries.Dimension.Surface
            ? new AreaUnits(EllipsoidalArea.SquareMetres(feature.Geometry))
            : (AreaUnits?)null;
        var basis = feature.Text("basis") ?? (layer.Writable ? "record" : "source");
        var schematic = feature.Text("accuracy") == "schematic";
        return new FeatureDetails(layer.Id, feature.Id, layer.Title,
            (en ? nameEn ?? nameZh : nameZh ?? nameEn) ?? feature.Id,
            en ? nameZh : nameEn,
            rows, area, schematic)
        {
            Basis = basis,
            PlanSentence = PlanSentenceOf(feature, plan),
            Provenance = ProvenanceOf(basis, schematic, language),
            ProvenanceDetails = ProvenanceShown
                .Select(p => (p.Label, Value: Value(feature, p.Key, "en")))
                .Where(p => !string.IsNullOrWhiteSpace(p.Value))
                .Select(p => new Row(p.Label, p.Value!))
                .ToList(),
        };
    }

    /// <summary>The sentence of the plan a feature refers to by <c>plan_ref</c>: a statement or a zone.</summary>
    private static string? PlanSentenceOf(PlanFeature feature, PlanDocument? plan)
    {
        if (plan is null || feature.Text("plan_ref") is not { } reference)
        {
            return null;
        }

        return plan.Statements.FirstOrDefault(s => s.Id == reference)?.SourceSentence
               ?? plan.Zones.FirstOrDefault(z => z.Zone == reference)?.SourceSentence;
    }

    private static string ProvenanceOf(string basis, bool schematic, string language) => (basis, schematic) switch
    {
        ("plan", _) => Components.Ui.T(language,
            "规划原文所列的要素; 位置和范围是本图依据公开地理数据所作的示意, 不是法定边界。",
            "An element the plan names; where it lies is this map's schematic drawing from public geography, not an official boundary."),
        ("reading", _) => Components.Ui.T(language,
            "本图的示意解读: 规划原文没有给出这一名称、用途或线位。",
            "This map's own schematic reading: the plan's text does not give this name, use or line."),
        ("record", _) => Components.Ui.T(language, "规划人员录入的记录。", "A planner's record."),
        (_, true) => Components.Ui.T(language,
            "依据公开地理数据和登记坐标示意绘制, 不是测量成果。",
            "Drawn schematically from public geography and registered coordinates; not a survey."),
        _ => Components.Ui.T(language, "取自公开地理数据 (已概化)。", "Taken from public geographic data (generalised)."),
    };

    /// <summary>A property as display text: arrays joined as the language lists them, numbers in invariant form.</summary>
    private static string? Value(PlanFeature feature, string key, string language)
    {
        if (!feature.Attributes.Exists(key))
        {
            return null;
        }

        var separator = language == "en" ? ", " : "、";
        return feature.Attributes[key] switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                string.Join(separator, array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
            JsonElement other => other.GetRawText(),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }
}
