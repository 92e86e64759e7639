using System.Globalization;
using System.Text.RegularExpressions;

namespace SpatialPlan.Core.Import;

/// <summary>
/// A coordinate reference system an import may be in: lon/lat (EPSG:4326 WGS 84 or EPSG:4490 CGCS2000, which
/// coincide here to centimetres) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Krüger CM 120°E, metres).
/// </summary>
public sealed partial record SourceCrs(string Code, string Name, bool IsProjected)
{
    /// <summary>EPSG:4326, lon/lat in degrees; the default of GeoJSON (RFC 7946).</summary>
    public static SourceCrs Wgs84 { get; } = new("EPSG:4326", "WGS 84", false);

    /// <summary>EPSG:4490, CGCS2000 lon/lat in degrees; taken as EPSG:4326 without a datum shift.</summary>
    public static SourceCrs Cgcs2000 { get; } = new("EPSG:4490", "CGCS2000", false);

    /// <summary>EPSG:4549, Gauss-Krüger CM 120°E eastings and northings in metres, easting without a zone prefix.</summary>
    public static SourceCrs GaussKruger120 { get; } = new("EPSG:4549", "CGCS2000 / 3-degree Gauss-Kruger CM 120E", true);

    /// <summary>What an import may declare, for messages.</summary>
    public const string Supported = "EPSG:4326, EPSG:4490 (lon/lat) or EPSG:4549 (CGCS2000 Gauss-Krüger CM 120°E, metres)";

    /// <summary>The supported CRS with this EPSG code, or null.</summary>
    public static SourceCrs? FromEpsg(int code) => code switch
    {
        4326 => Wgs84,
        4490 => Cgcs2000,
        4549 => GaussKruger120,
        _ => null,
    };

    /// <summary>
    /// Reads a declared CRS: <c>EPSG:4549</c>, <c>4549</c>, <c>urn:ogc:def:crs:EPSG::4549</c>,
    /// <c>http://www.opengis.net/def/crs/EPSG/0/4549</c>, or CRS84 (<c>OGC:CRS84</c>, its URN or URI) for lon/lat.
    /// Returns null for anything else, including EPSG codes this plan does not use.
    /// </summary>
    public static SourceCrs? Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (Crs84().IsMatch(value))
        {
            return Wgs84;
        }

        var match = EpsgCode().Match(value);
        return match.Success && int.TryParse(match.Groups["code"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? FromEpsg(code)
            : null;
    }

    /// <summary>True when both have the same kind of coordinates (4326 and 4490 are interchangeable here).</summary>
    public bool SameCoordinatesAs(SourceCrs other) => IsProjected == other.IsProjected;

    [GeneratedRegex(@"^(?:(?:EPSG:)?|urn:ogc:def:crs:EPSG:[0-9.]*:|https?://www\.opengis\.net/def/crs/EPSG/[0-9.]+/)(?<code>[0-9]{4,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgCode();

    [GeneratedRegex(@"^(?:OGC:CRS84|CRS84|urn:ogc:def:crs:OGC:[0-9.]*:CRS84|https?://www\.opengis\.net/def/crs/OGC/[0-9.]+/CRS84)$", RegexOptions.IgnoreCase)]
    private static partial Regex Crs84();
}
