using System.Text.Json.Serialization;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Core.Plan;

/// <summary>
/// <c>seeds/plan.json</c>: the plan's 2025 targets and zone descriptions, each with the source sentence it
/// came from (in the real planning terms, not the machine-reworded reprint's).
/// </summary>
public sealed record PlanDocument
{
    /// <summary>The plan's name, in Chinese and English.</summary>
    [JsonPropertyName("title")] public required LocalizedText Title { get; init; }
    /// <summary>Which document the texts were taken from, and how they were corrected.</summary>
    [JsonPropertyName("source")] public required PlanSource Source { get; init; }
    /// <summary>The 2025 targets, in the plan's order.</summary>
    [JsonPropertyName("targets")] public required IReadOnlyList<PlanTarget> Targets { get; init; }
    /// <summary>Targets stated as growth over 2020; empty when the file has none.</summary>
    [JsonPropertyName("relativeTargets")] public IReadOnlyList<RelativeTarget> RelativeTargets { get; init; } = [];
    /// <summary>One description per zone of 一核三区, keyed by <see cref="ZoneDescription.Zone"/>.</summary>
    [JsonPropertyName("zones")] public required IReadOnlyList<ZoneDescription> Zones { get; init; }
    /// <summary>The plan's status, brand, strategy, transport and intention statements; empty when the file has none.</summary>
    [JsonPropertyName("statements")] public IReadOnlyList<PlanStatement> Statements { get; init; } = [];
}

/// <summary>
/// A statement of the plan that is not a number: a status or brand (湾区智创城、海上新温州), a strategy (东拓、西优、南联、北跨),
/// the transport it lists, or an intention without a site (产业孵化载体). <see cref="Placed"/> names the map features that
/// draw it, as <c>collection/feature-id</c>; empty where the plan gives no place.
/// </summary>
public sealed record PlanStatement
{
    /// <summary>The statement's stable key (kebab-case).</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>status, strategy, transport or intention.</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    /// <summary>The plan's own phrase, and its English.</summary>
    [JsonPropertyName("title")] public required LocalizedText Title { get; init; }
    /// <summary>What it means on the map, in both languages.</summary>
    [JsonPropertyName("text")] public required LocalizedText Text { get; init; }
    /// <summary>The sentence of the plan that states it, with the reprint's words corrected.</summary>
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
    /// <summary>The map features that draw it (<c>collection/feature-id</c>); empty where the plan gives no place.</summary>
    [JsonPropertyName("placed")] public IReadOnlyList<string> Placed { get; init; } = [];
}

/// <summary>Where the plan's texts come from.</summary>
/// <param name="Document">The document, its issuer and the reprint read.</param>
/// <param name="File">The reprint under <c>seeds/</c>; null when it is not kept.</param>
/// <param name="ReprintDate">The reprint's date as written (ISO yyyy-MM-dd).</param>
/// <param name="Note">How the machine-reworded reprint was corrected back to the plan's terms.</param>
public sealed record PlanSource(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("reprintDate")] string ReprintDate,
    [property: JsonPropertyName("note")] string Note);

/// <summary>A 2025 target (规划指标). <see cref="Target2025"/> is null where the target is words only.</summary>
public sealed record PlanTarget
{
    /// <summary>The target's stable key (kebab-case), used by the page and the API.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>What is measured (指标), in Chinese and English.</summary>
    [JsonPropertyName("indicator")] public required LocalizedText Indicator { get; init; }
    /// <summary>The number to reach by 2025, in <see cref="Unit"/>; null for a target in words.</summary>
    [JsonPropertyName("target2025")] public double? Target2025 { get; init; }
    /// <summary>The target as the plan words it where it has no number (e.g. 全面推进); null otherwise.</summary>
    [JsonPropertyName("targetText")] public string? TargetText { get; init; }
    /// <summary>The English of <see cref="TargetText"/>; null where the target has a number.</summary>
    [JsonPropertyName("targetText_en")] public string? TargetTextEn { get; init; }
    /// <summary>The unit of <see cref="Target2025"/> (亿元, 万人, km² …); null for a target in words.</summary>
    [JsonPropertyName("unit")] public LocalizedText? Unit { get; init; }
    /// <summary>"=", "&gt;=" or "≈".</summary>
    [JsonPropertyName("comparator")] public required string Comparator { get; init; }
    /// <summary>The sentence of the plan that states the target, quoted with the reprint's words corrected.</summary>
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
}

/// <summary>A target relative to the end of the 13th Five-Year Plan, such as 翻两番 (×4).</summary>
public sealed record RelativeTarget
{
    /// <summary>The target's stable key (kebab-case).</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>What is measured, in Chinese and English.</summary>
    [JsonPropertyName("indicator")] public required LocalizedText Indicator { get; init; }
    /// <summary>The growth factor: 翻两番 = 4.</summary>
    [JsonPropertyName("multiplier")] public required double Multiplier { get; init; }
    /// <summary>The plan's own wording of the growth (翻两番 …) and its English.</summary>
    [JsonPropertyName("expression")] public required LocalizedText Expression { get; init; }
    /// <summary>The value it grows from, where the plan states one; null otherwise.</summary>
    [JsonPropertyName("baseline")] public LocalizedText? Baseline { get; init; }
    /// <summary>The value it grows to, where the plan states one; null otherwise.</summary>
    [JsonPropertyName("target")] public LocalizedText? Target { get; init; }
    /// <summary>The sentence of the plan that states the target.</summary>
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
}

/// <summary>A zone of 一核三区 as the plan describes it.</summary>
public sealed record ZoneDescription
{
    /// <summary>The zone's feature id in the <c>plan-zones</c> collection.</summary>
    [JsonPropertyName("zone")] public required string Zone { get; init; }
    /// <summary>The zone's Chinese name as the plan writes it.</summary>
    [JsonPropertyName("name_zh")] public required string NameZh { get; init; }
    /// <summary>The zone's English name.</summary>
    [JsonPropertyName("name_en")] public required string NameEn { get; init; }
    /// <summary>The zone's role in the plan's words (e.g. 综合性生态型产业新城).</summary>
    [JsonPropertyName("role")] public required string Role { get; init; }
    /// <summary>The industries the plan assigns the zone, in its order; may be empty.</summary>
    [JsonPropertyName("industries")] public required IReadOnlyList<string> Industries { get; init; }
    /// <summary>The sentence of the plan that describes the zone.</summary>
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
}
