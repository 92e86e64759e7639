using SpatialPlan.TestSupport;
using SpatialPlan.Web.Map;

namespace SpatialPlan.Web.Tests.Map;

public class PermalinkTests
{
    private static readonly string[] Basemaps = ["offline", "osm"];

    private static MapViewState Decode(string query) => Permalink.Decode(query, PlanData.Geodata.Catalogue, Basemaps);

    [Fact]
    public void RoundTripsCentreZoomLayersLanguageAndBasemap()
    {
        var layers = MapViewState.Default(PlanData.Geodata.Catalogue)
            .WithLayer(new LayerViewState("axes", false, 1.0))
            .WithLayer(new LayerViewState("plan-zones", true, 0.4))
            .Move("land", up: true);
        var state = layers with { CenterLat = 27.95, CenterLon = 120.95, Zoom = 12, Language = "en", Basemap = "osm" };

        var query = Permalink.Encode(state);

        Assert.Equal(state, Decode(query), new MapViewStateComparer());
        Assert.Contains("-axes", query, StringComparison.Ordinal);
        Assert.Contains("plan-zones:40", query, StringComparison.Ordinal);
    }

    [Fact]
    public void StartsFromTheDefaultViewWithoutAQuery()
    {
        var state = Decode("");

        Assert.Null(state.Zoom);
        Assert.All(state.Layers, l => Assert.True(l.Visible && l.Opacity == 1.0));
        Assert.Equal("land", state.Layers[0].Id); // the catalogue's lowest draw order first
    }

    [Theory]
    [InlineData("?c=95,120&z=10")]            // latitude out of range
    [InlineData("?c=27.9,abc&z=10")]
    [InlineData("?c=27.9,120.9&z=99")]
    [InlineData("?c=27.9,120.9")]             // no zoom
    [InlineData("?c=NaN,120.9&z=10")]
    public void IgnoresAnUnreadableView(string query) => Assert.Null(Decode(query).Zoom);

    [Fact]
    public void DropsUnknownLayersAndAppendsMissingOnesInTheirDefaultOrder()
    {
        var state = Decode("?l=transport,<script>,-plan-zones:abc,plan-zones");

        Assert.Equal("transport", state.Layers[0].Id);
        Assert.Equal(new LayerViewState("plan-zones", false, 1.0), state.Layers[1]);
        Assert.Equal(PlanData.Geodata.Catalogue.Layers.Count, state.Layers.Count);
        Assert.DoesNotContain(state.Layers, l => l.Id.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsTheOpenTabAndTheIdentifiedFeature()
    {
        var state = MapViewState.Default(PlanData.Geodata.Catalogue) with
        {
            Tab = "plan",
            Selected = new FeatureRef("plan-sites", "site-qiantan-phase2"),
        };

        var decoded = Decode(Permalink.Encode(state));

        Assert.Equal("plan", decoded.Tab);
        Assert.Equal(new FeatureRef("plan-sites", "site-qiantan-phase2"), decoded.Selected);
    }

    [Theory]
    [InlineData("?tab=<script>&f=nowhere/x")]
    [InlineData("?tab=&f=plan-zones")]
    public void IgnoresAnUnknownTabOrFeatureReference(string query)
    {
        var state = Decode(query);

        Assert.Equal("layers", state.Tab);
        Assert.Null(state.Selected);
    }

    [Fact]
    public void IgnoresAnUnknownLanguageAndBasemap()
    {
        var state = Decode("?lang=fr&bm=google");

        Assert.Equal("zh", state.Language);
        Assert.Equal("offline", state.Basemap);
    }

    private sealed class MapViewStateComparer : IEqualityComparer<MapViewState>
    {
        public bool Equals(MapViewState? a, MapViewState? b) =>
            a is not null && b is not null && a.CenterLat == b.CenterLat && a.CenterLon == b.CenterLon && a.Zoom == b.Zoom &&
            a.Language == b.Language && a.Basemap == b.Basemap && a.Layers.SequenceEqual(b.Layers);

        public int GetHashCode(MapViewState obj) => 0;
    }
}
