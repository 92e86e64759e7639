using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>The layer panel's groups: 规划结构 一核三区 / 开发建设 / 交通与轴线 / 底图.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LayerGroup>))]
public enum LayerGroup
{
    /// <summary>规划结构 一核三区: the plan's spatial structure; listed first.</summary>
    [JsonStringEnumMemberName("structure")] Structure,
    /// <summary>开发建设: development and construction.</summary>
    [JsonStringEnumMemberName("development")] Development,
    /// <summary>交通与轴线: transport and axes.</summary>
    [JsonStringEnumMemberName("transport")] Transport,
    /// <summary>底图: the basemap (also where extra collections go); listed last.</summary>
    [JsonStringEnumMemberName("basemap")] Basemap,
}
