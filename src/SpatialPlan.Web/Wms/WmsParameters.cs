using System.Globalization;

namespace SpatialPlan.Web.Wms;

/// <summary>
/// A WMS request's key-value pairs. Parameter names are case-insensitive (WMS 1.3.0, 6.8.1) and values are not;
/// parameters the service does not know are ignored, as the standard asks (vendor parameters, cache busters).
/// </summary>
public sealed class WmsParameters(IQueryCollection query)
{
    public string? this[string name] =>
        query.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value.FirstOrDefault();

    /// <summary>The value, or a <see cref="WmsException"/> (MissingParameterValue) naming the parameter.</summary>
    public string Required(string name) =>
        this[name] is { Length: > 0 } value ? value : throw WmsException.Missing(name);

    /// <summary>A whole number in a range, or an InvalidParameterValue exception naming the parameter.</summary>
    public int Whole(string name, int min, int max, string? code = null)
    {
        var text = Required(name);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new WmsException(code ?? WmsException.InvalidParameterValue, $"{name.ToUpperInvariant()} must be a whole number {min}..{max}, not '{Echo(text)}'", name);
    }

    /// <summary>TRUE or FALSE (any case); the default when absent.</summary>
    public bool Flag(string name, bool fallback) => this[name]?.ToUpperInvariant() switch
    {
        null or "" => fallback,
        "TRUE" => true,
        "FALSE" => false,
        var other => throw new WmsException(WmsException.InvalidParameterValue, $"{name.ToUpperInvariant()} must be TRUE or FALSE, not '{Echo(other)}'", name),
    };

    /// <summary>Text from the client, shortened and without control characters, to quote in an exception.</summary>
    public static string Echo(string text) => Core.Text.EchoedText.Shorten(new string(text.Where(c => !char.IsControl(c)).ToArray()), 60);
}
