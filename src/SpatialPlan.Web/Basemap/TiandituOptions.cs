namespace SpatialPlan.Web.Basemap;

/// <summary>
/// 天地图 (Tianditu, CGCS2000) tiles, an optional online basemap. The key stays on the server: tiles are
/// proxied, so the browser never sees it. Set <c>Tianditu:Key</c> outside the repository (user secrets,
/// environment <c>Tianditu__Key</c>).
/// </summary>
public sealed class TiandituOptions
{
    public const string Section = "Tianditu";

    public string? Key { get; set; }

    /// <summary>The tile server, with {layer} {z} {x} {y} {key} {s} placeholders (Web Mercator WMTS tiles).</summary>
    public string UrlTemplate { get; set; } =
        "https://t{s}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}&STYLE=default" +
        "&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Key);
}
