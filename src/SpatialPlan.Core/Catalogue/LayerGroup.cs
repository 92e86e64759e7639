using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>The layer panel's groups: 规划结构 一核三区 / 开发建设 / 交通与轴线 / 底图.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LayerGroup>))]
public enum LayerGroup
{
    [JsonStringEnumMemberName("structure")] Structure,
    [JsonStringEnumMemberName("development")] Development,
    [JsonStringEnumMemberName("transport")] Transport,
    [JsonStringEnumMemberName("basemap")] Basemap,
}
