using System.Text.Json;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// The one rule for turning a JSON property value into the value a feature holds, shared by the GeoJSON
/// reader and the database store so both hand the same values to the same writer.
/// </summary>
public static class PropertyValues
{
    /// <summary>
    /// Strings, booleans and null become .NET values; a number becomes <see cref="long"/> when it is written as
    /// an integer that fits, else <see cref="double"/>; arrays and objects stay JSON and are written back unchanged.
    /// </summary>
    public static object? FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => value.Clone(),
    };
}
