using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.Map;

/// <summary>
/// The map view in the URL query, so a link reopens the same view:
/// <c>?c=lat,lon&amp;z=zoom&amp;l=land,admin-boundaries,-axes,plan-zones:60&amp;lang=en&amp;bm=osm&amp;tab=plan&amp;f=plan-zones/zone-core</c> —
/// layers bottom to top, "-" hidden, ":N" opacity in percent; the open tab (left out when it is the first) and the
/// identified feature. Anything unreadable falls back to the
/// default for that part; layers the catalogue does not know are dropped and missing ones appended.
/// </summary>
public static class Permalink
{
    private static readonly string[] Languages = ["zh", "en"];

    public static string Encode(MapViewState state)
    {
        var parts = new List<string>();
        if (state.CenterLat is { } lat && state.CenterLon is { } lon && state.Zoom is { } zoom)
        {
            parts.Add("c=" + F(lat, 5) + "," + F(lon, 5));
            parts.Add("z=" + zoom.ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("l=" + string.Join(",", state.Layers.Select(EncodeLayer)));
        parts.Add("lang=" + state.Language);
        parts.Add("bm=" + Uri.EscapeDataString(state.Basemap));
        if (state.Tab != MapViewState.Tabs[0])
        {
            parts.Add("tab=" + state.Tab);
        }

        if (state.Selected is { } selected)
        {
            parts.Add("f=" + Uri.EscapeDataString(selected.CollectionId) + "/" + Uri.EscapeDataString(selected.FeatureId));
        }

        return "?" + string.Join("&", parts);
    }

    public static MapViewState Decode(string query, LayerCatalogue catalogue, IReadOnlyCollection<string> basemaps)
    {
        var values = QueryHelpers.ParseQuery(query);
        var state = MapViewState.Default(catalogue);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;

        if (Get("c")?.Split(',') is [var latText, var lonText] && Get("z") is { } zoomText &&
            TryDouble(latText, out var lat) && lat is >= -90 and <= 90 &&
            TryDouble(lonText, out var lon) && lon is >= -180 and <= 180 &&
            int.TryParse(zoomText, NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) && zoom is >= 1 and <= 20)
        {
            state = state with { CenterLat = lat, CenterLon = lon, Zoom = zoom };
        }

        if (Get("l") is { } layers)
        {
            state = state with { Layers = DecodeLayers(layers, state.Layers) };
        }

        if (Get("lang") is { } lang && Languages.Contains(lang))
        {
            state = state with { Language = lang };
        }

        if (Get("bm") is { } basemap && basemaps.Contains(basemap))
        {
            state = state with { Basemap = basemap };
        }

        if (Get("tab") is { } tab && MapViewState.Tabs.Contains(tab))
        {
            state = state with { Tab = tab };
        }

        if (Get("f")?.Split('/', 2) is [var collection, var feature] && catalogue.Find(collection) is not null &&
            feature.Length is > 0 and <= MaxFeatureIdLength)
        {
            state = state with { Selected = new FeatureRef(collection, feature) };
        }

        return state;
    }

    private const int MaxFeatureIdLength = 200;

    private static List<LayerViewState> DecodeLayers(string text, IReadOnlyList<LayerViewState> defaults)
    {
        var known = defaults.ToDictionary(l => l.Id);
        var decoded = new List<LayerViewState>();
        foreach (var token in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var visible = !token.StartsWith('-');
            var (id, opacityText) = token.TrimStart('-').Split(':') switch
            {
                [var i] => (i, null),
                [var i, var o] => (i, o),
                _ => ("", null),
            };
            if (!known.ContainsKey(id) || decoded.Any(l => l.Id == id))
            {
                continue;
            }

            var opacity = opacityText is not null &&
                          int.TryParse(opacityText, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent <= 100
                ? percent / 100.0
                : 1.0;
            decoded.Add(new LayerViewState(id, visible, opacity));
        }

        decoded.AddRange(defaults.Where(d => decoded.All(l => l.Id != d.Id)));
        return decoded;
    }

    private static string EncodeLayer(LayerViewState layer) =>
        (layer.Visible ? "" : "-") + layer.Id +
        (layer.Opacity < 1.0 ? ":" + Math.Round(layer.Opacity * 100).ToString(CultureInfo.InvariantCulture) : "");

    private static string F(double value, int decimals) => Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture);

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
