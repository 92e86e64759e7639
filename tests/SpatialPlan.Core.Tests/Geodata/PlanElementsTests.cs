using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Geodata;

/// <summary>
/// The plan's elements beyond the zones sit where the plan says: transport as it lists it, the named sites, the
/// metropolitan strategy's four directions; and every plan statement that says it is placed is on the map.
/// </summary>
public class PlanElementsTests
{
    private static readonly string[] Statuses = ["existing", "planned", "under-construction"];

    private static readonly string[] CodedFields = ["kind", "status"];

    private static PlanFeature Feature(string collection, string id) => PlanData.Collection(collection).Single(f => f.Id == id);

    [Fact]
    public void EveryCollectionHoldsOneGeometryType() =>
        Assert.All(PlanData.Geodata.Catalogue.Layers, layer =>
        {
            Assert.NotEqual("Geometry", layer.GeometryType);
            Assert.All(PlanData.Collection(layer.Id), f => Assert.Equal(layer.GeometryType, f.Geometry.GeometryType));
        });

    [Fact]
    public void TransportHasThePlansFiveCorridorItemsWithKindStatusAndSource()
    {
        var lines = PlanData.Collection("transport");

        Assert.Equal(["国道拓宽", "省道延伸", "跨江通道加密", "轨道交通延伸", "高速公路加密"],
            lines.Select(l => l.Text("plan_item")).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        Assert.All(lines, l =>
        {
            Assert.Contains(l.Text("status"), Statuses);
            Assert.Equal(l.Text("kind") + "-" + l.Text("status"), l.Text("symbol"));
            Assert.False(string.IsNullOrWhiteSpace(l.Text("source")));
        });
        Assert.Equal("existing", Feature("transport", "tr-s1-rail").Text("status"));
        Assert.Equal("planned", Feature("transport", "tr-s2-rail").Text("status"));
    }

    [Fact]
    public void EverySymbolHasALegendClassAndEveryCodeALabel()
    {
        var catalogue = PlanData.Geodata.Catalogue;
        foreach (var layer in catalogue.Layers.Where(l => l.Categories is not null))
        {
            var values = layer.Categories!.Classes.Select(c => (string?)c.Value).ToHashSet();
            Assert.All(PlanData.Collection(layer.Id), f => Assert.Contains(f.Text(layer.Categories.Field), values));
        }

        Assert.All(catalogue.Layers.SelectMany(l => PlanData.Collection(l.Id)), f =>
        {
            foreach (var field in CodedFields)
            {
                if (f.Text(field) is { } value)
                {
                    Assert.NotNull(catalogue.ValueLabel(field, value));
                }
            }
        });
    }

    [Fact]
    public void HubsLieOnLandOrAtTheShore() =>
        Assert.All(PlanData.Collection("transport-hubs"), h => Assert.True(PlanData.Land.Distance(h.Geometry) < 0.01, $"{h.Id} is out at sea"));

    [Fact]
    public void QiantanPhaseTwoIsANamedTidalFlatInTheCore()
    {
        var phase2 = Feature("plan-sites", "site-qiantan-phase2");

        Assert.Contains("浅滩二期", phase2.Text("name_zh"), StringComparison.Ordinal);
        Assert.True(phase2.Geometry.Intersection(PlanData.Land).Area / phase2.Geometry.Area < 0.1, "浅滩二期 lies on land");
        Assert.True(PlanData.Zone("core").Geometry.Buffer(1e-6).Contains(phase2.Geometry));
    }

    [Fact]
    public void TheGovernmentMoveStraddlesThePhaseOneAndTwoJunction()
    {
        var move = Feature("plan-sites", "site-oudong-admin").Geometry;
        var phase1 = PlanData.Collection("land").Single(f => f.Id == "land-reclaimed-qiantan").Geometry;

        Assert.True(move.Intersects(phase1));
        Assert.True(move.Intersects(Feature("plan-sites", "site-qiantan-phase2").Geometry));
        Assert.True(PlanData.Zone("core").Geometry.Buffer(1e-6).Contains(move));
    }

    [Fact]
    public void LingkunPortLandIsAtTheCoresShoreByItsBerths()
    {
        var port = Feature("plan-sites", "site-lingkun-port").Geometry;

        Assert.True(port.Intersects(PlanData.Land) && port.Intersects(PlanData.Zone("core").Geometry));
        Assert.True(port.Distance(Gazetteer.Get("温州港瓯江港区灵昆作业区 (24-28#泊位)", "port").Point) < 0.003);
    }

    [Fact]
    public void TheMetropolitanStrategyPointsEastWestSouthAndNorthFromOneCentre()
    {
        var arrows = PlanData.Collection("axes").Where(a => a.Text("kind") == "strategy")
            .ToDictionary(a => a.Text("direction")!, a => (LineString)a.Geometry);

        Assert.Equal(["东拓", "北跨", "南联", "西优"], arrows.Keys.Order(StringComparer.Ordinal));
        var start = Assert.Single(arrows.Values.Select(a => a.StartPoint.Coordinate).Distinct());
        Assert.True(arrows["东拓"].EndPoint.X > start.X && arrows["西优"].EndPoint.X < start.X);
        Assert.True(arrows["南联"].EndPoint.Y < start.Y && arrows["北跨"].EndPoint.Y > start.Y);
        Assert.All(arrows.Keys, d => Assert.Equal("reading", PlanData.Collection("axes").Single(a => a.Text("direction") == d && a.Text("kind") == "strategy").Text("basis")));
    }

    [Fact]
    public void EveryPlacedStatementIsOnTheMap() =>
        Assert.All(PlanData.Plan.Statements.SelectMany(s => s.Placed), reference =>
        {
            var (collection, id) = (reference.Split('/')[0], reference.Split('/')[1]);
            Assert.Contains(PlanData.Collection(collection), f => f.Id == id);
        });

    [Fact]
    public void TheNewElementsLieInsideThePlanExtentAndNameTheirSources()
    {
        var extent = PlanData.Geodata.Catalogue.Extent.Bbox;
        var box = new Envelope(extent[0], extent[2], extent[1], extent[3]);
        foreach (var id in new[] { "plan-sites", "transport", "transport-hubs", "island-chain-line", "axes" })
        {
            Assert.All(PlanData.Collection(id), f =>
            {
                Assert.True(box.Contains(f.Geometry.EnvelopeInternal), $"{f.Id} leaves the plan extent");
                Assert.False(string.IsNullOrWhiteSpace(f.Text("source")));
                Assert.Equal("schematic", f.Text("accuracy"));
            });
        }
    }
}
