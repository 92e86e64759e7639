using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>Properties and geometry come back exactly as written: the API writes the same bytes from every store.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    /// <summary>Every kind of value a GeoJSON file or a planner may send, in an order no sorting would give.</summary>
    private const string RichFeature = """
        {"type":"Feature","id":"rich","geometry":{"type":"Polygon","coordinates":[[[120.9512345,27.9512345],[121.0,27.95],[121.0,28.0],[120.9512345,27.9512345]]]},
         "properties":{"zone":"liubai","name_zh":"柳白分区","area_km2":12.5,"count":3,"big":12345678901234,
           "whole_double":3.0,"exp":1e15,"huge":1.5e300,"tiny":1e-7,"neg":-0.25,"flag":true,"off":false,"nothing":null,
           "industries":["电工电气","汽车零部件"],"mixed":[1,2.5,"x",true,null,[]],"a":"", "quote":"a \"q\" <b>&amp;</b>\n\t",
           "emoji":"🏗️ 工地","id":"not the feature id"}}
        """;

    private static PlanFeature ReadFeature(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FeatureCollectionReader.ReadFeature(document.RootElement, "#0").Feature!;
    }

    private static string Written(PlanFeature feature) =>
        JsonSerializer.Serialize<IFeature>(feature, GeoJsonSerialization.Options);

    [Fact]
    public async Task GivesBackPropertiesWithTheirValuesTypesAndOrder()
    {
        var feature = ReadFeature(RichFeature);

        await Store.CreateAsync(MiniGeodata.Records, feature, author: null, Ct);
        var stored = (await Store.GetAsync(MiniGeodata.Records, "rich", Ct))!;

        Assert.Equal(feature.Attributes.GetNames(), stored.Attributes.GetNames());
        foreach (var name in feature.Attributes.GetNames())
        {
            Assert.Equal(feature.Attributes[name]?.GetType(), stored.Attributes[name]?.GetType());
        }

        Assert.Equal(Written(feature), Written(stored));
    }

    [Fact]
    public async Task GivesBackTheSameBytesAfterARestart()
    {
        var feature = ReadFeature(RichFeature);
        await Store.CreateAsync(MiniGeodata.Records, feature, author: null, Ct);

        await RestartAsync();

        Assert.Equal(Written(feature), Written((await Store.GetAsync(MiniGeodata.Records, "rich", Ct))!));
    }

    [Theory]
    [InlineData(0)]  // new GeometryFactory()
    [InlineData(-1)] // NtsGeometryServices.Instance, a plain WKTReader
    public async Task StoresAGeometryWithoutAnSridAsLonLat(int unsetSrid)
    {
        var unset = new NetTopologySuite.IO.WKTReader().Read("POLYGON ((120.96 27.95, 120.98 27.95, 120.98 27.97, 120.96 27.95))");
        unset.SRID = unsetSrid;

        await Store.CreateAsync(MiniGeodata.Records, new PlanFeature("p", unset, new AttributesTable()), author: null, Ct);
        await RestartAsync();

        var stored = await Store.GetAsync(MiniGeodata.Records, "p", Ct);
        Assert.Equal(GeometryFactories.LonLatSrid, stored!.Geometry.SRID);
        Assert.Equal(["p"], (await Store.QueryAsync(MiniGeodata.Records, new FeatureQuery { Bbox = new Envelope(120.96, 120.98, 27.95, 27.97), Limit = 10 }, Ct))!
            .Features.Select(f => f.Id));
    }
}
