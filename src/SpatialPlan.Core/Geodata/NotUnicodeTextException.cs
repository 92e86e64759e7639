using System.Text.Json;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// A JSON string or property name that holds a lone UTF-16 surrogate (<c>"\ud800"</c>): valid JSON escapes, but not
/// Unicode text, so no store can keep it. <see cref="Field"/> says where, as the API's errors name fields.
/// </summary>
public sealed class NotUnicodeTextException : JsonException
{
    /// <summary>Where the text is, such as <c>properties.name_zh</c> or <c>features[2].id</c>.</summary>
    public string Field { get; }

    /// <summary>Text at <paramref name="field"/>; a property name there when <paramref name="isPropertyName"/>.</summary>
    public NotUnicodeTextException(string field, bool isPropertyName)
        : base($"{(isPropertyName ? "a property name in " : "")}{field} holds a lone UTF-16 surrogate (such as \\ud800), which is not Unicode text and cannot be stored")
    {
        Field = field;
    }
}
