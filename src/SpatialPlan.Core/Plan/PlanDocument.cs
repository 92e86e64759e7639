using System.Text.Json.Serialization;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Core.Plan;

/// <summary>
/// <c>seeds/plan.json</c>: the plan's 2025 targets and zone descriptions, each with the source sentence it
/// came from (in the real planning terms, not the machine-reworded reprint's).
/// </summary>
public sealed record PlanDocument
{
    [JsonPropertyName("title")] public required LocalizedText Title { get; init; }
    [JsonPropertyName("source")] public required PlanSource Source { get; init; }
    [JsonPropertyName("targets")] public required IReadOnlyList<PlanTarget> Targets { get; init; }
    [JsonPropertyName("relativeTargets")] public IReadOnlyList<RelativeTarget> RelativeTargets { get; init; } = [];
    [JsonPropertyName("zones")] public required IReadOnlyList<ZoneDescription> Zones { get; init; }
}

public sealed record PlanSource(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("reprintDate")] string ReprintDate,
    [property: JsonPropertyName("note")] string Note);

/// <summary>A 2025 target (规划指标). <see cref="Target2025"/> is null where the target is words only.</summary>
public sealed record PlanTarget
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("indicator")] public required LocalizedText Indicator { get; init; }
    [JsonPropertyName("target2025")] public double? Target2025 { get; init; }
    [JsonPropertyName("targetText")] public string? TargetText { get; init; }
    [JsonPropertyName("unit")] public LocalizedText? Unit { get; init; }
    /// <summary>"=", "&gt;=" or "≈".</summary>
    [JsonPropertyName("comparator")] public required string Comparator { get; init; }
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
}

/// <summary>A target relative to the end of the 13th Five-Year Plan, such as 翻两番 (×4).</summary>
public sealed record RelativeTarget
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("indicator")] public required LocalizedText Indicator { get; init; }
    /// <summary>The growth factor: 翻两番 = 4.</summary>
    [JsonPropertyName("multiplier")] public required double Multiplier { get; init; }
    [JsonPropertyName("expression")] public required LocalizedText Expression { get; init; }
    [JsonPropertyName("baseline")] public LocalizedText? Baseline { get; init; }
    [JsonPropertyName("target")] public LocalizedText? Target { get; init; }
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
}

/// <summary>A zone of 一核三区 as the plan describes it.</summary>
public sealed record ZoneDescription
{
    [JsonPropertyName("zone")] public required string Zone { get; init; }
    [JsonPropertyName("name_zh")] public required string NameZh { get; init; }
    [JsonPropertyName("name_en")] public required string NameEn { get; init; }
    [JsonPropertyName("role")] public required string Role { get; init; }
    [JsonPropertyName("industries")] public required IReadOnlyList<string> Industries { get; init; }
    [JsonPropertyName("sourceSentence")] public required string SourceSentence { get; init; }
}
