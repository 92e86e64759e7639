using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

/// <summary>The breakdown by the real 一核三区 zones and development-area phases.</summary>
public class ZoneBreakdownOpTests
{
    private static readonly BreakdownRegions Regions =
        BreakdownRegions.From(PlanData.Collection("plan-zones"), PlanData.Collection("development-area"));

    private static readonly string[] CrossedZones = ["zone-core", "zone-wengxin", "zone-liubai"];

    private static ZoneBreakdown Breakdown(Geometry lonLat) =>
        MeasureOp.Measure(lonLat, Regions).Breakdown!;

    private static double Zone(ZoneBreakdown b, string id) => b.Zones.Single(z => z.Id == id).SquareMetres;

    private static PlanFeature Feature(string id, string wkt) =>
        new(id, Wkt.Read(wkt), new AttributesTable { { "name_zh", id } });

    private static double PairwiseOverlap(List<Geometry> zones)
    {
        var overlap = 0.0;
        for (var i = 0; i < zones.Count; i++)
        {
            for (var j = i + 1; j < zones.Count; j++)
            {
                overlap += zones[i].Intersection(zones[j]).Area;
            }
        }

        return overlap;
    }

    [Fact]
    public void AShapeAcrossZoneBoundariesBreaksDownIntoPartsThatAddUpToItsArea()
    {
        // from the 一期 flats north across the Oujiang mouth into 翁新 and 柳白
        var shape = Wkt.Read("POLYGON ((120.90 27.93, 121.00 27.93, 121.00 28.02, 120.90 28.02, 120.90 27.93))");

        var measurement = MeasureOp.Measure(shape, Regions);
        var b = measurement.Breakdown!;

        Assert.All(CrossedZones, id => Assert.True(Zone(b, id) > 100_000, id));
        Assert.True(b.OutsideSquareMetres > 100_000);
        Assert.Equal(measurement.SquareMetres, b.Zones.Sum(z => z.SquareMetres) + b.OutsideSquareMetres, 1e-6);
        Assert.Equal(1, (b.Zones.Sum(z => z.PlanarSquareMetres) + b.OutsidePlanarSquareMetres) / measurement.PlanarSquareMetres, 1e-9);
    }

    [Fact]
    public void EachEllipsoidalPartIsWithinAMillionthOfItsOwnMeasurementOnTheEllipsoid()
    {
        var shape = Wkt.Read("POLYGON ((120.90 27.93, 121.00 27.93, 121.00 28.02, 120.90 28.02, 120.90 27.93))");
        var core = PlanarMeasure.ToLonLat(PlanarMeasure.ToGaussKruger(shape).Intersection(PlanarMeasure.ToGaussKruger(PlanData.Zone("core").Geometry)));

        Assert.Equal(1, Zone(Breakdown(shape), "zone-core") / EllipsoidalArea.SquareMetres(core), 1e-6);
    }

    [Fact]
    public void AShapeInsideAPhaseBlockLiesWhollyInThatPhaseAndTheCoreZone()
    {
        var block = PlanData.Collection("development-area").Single(f => f.Id == "dev-phase1-se").Geometry;
        var shape = PlanarMeasure.ToLonLat(PlanarMeasure.ToGaussKruger(block.InteriorPoint).Buffer(100));

        var measurement = MeasureOp.Measure(shape, Regions);
        var b = measurement.Breakdown!;

        Assert.Equal(measurement.SquareMetres, Zone(b, "zone-core"), 1e-6);
        Assert.Equal(measurement.SquareMetres, b.Phases.Single(p => p.Id == "phase-i").SquareMetres, 1e-6);
        Assert.Equal(0, b.Phases.Where(p => p.Id != "phase-i").Sum(p => p.SquareMetres));
        Assert.Equal(0, b.OutsideSquareMetres);
    }

    [Fact]
    public void AShapeInTheOpenSeaIsAllOutsideWithEveryZoneAndPhaseListedAtZero()
    {
        var b = Breakdown(Wkt.Read("POLYGON ((121.20 27.75, 121.22 27.75, 121.22 27.77, 121.20 27.77, 121.20 27.75))"));

        Assert.Equal(4, b.Zones.Count);
        Assert.Equal(["phase-i", "phase-ii", "lingkun-area"], b.Phases.Select(p => p.Id));
        Assert.All(b.Zones.Concat(b.Phases), p => Assert.Equal(0, p.SquareMetres));
        Assert.True(b.OutsideSquareMetres > 4_000_000);
    }

    [Fact]
    public void PhasesCarryTheirChineseAndEnglishNames() =>
        Assert.Equal(["一期", "二期", "灵昆片区"], Regions.Phases.Select(p => p.NameZh));

    [Fact]
    public void TheSchematicZonesOverlapOnlyByASliverAndThePreparedOnesNotAtAll()
    {
        var raw = PlanData.Collection("plan-zones").Select(z => PlanarMeasure.ToGaussKruger(z.Geometry)).ToList();

        Assert.InRange(PairwiseOverlap(raw), 0, 10); // 翁新 and 柳白 share 2.9 m²
        Assert.InRange(PairwiseOverlap(Regions.Zones.Select(z => z.GaussKruger).ToList()), 0, 1e-6);
    }

    [Fact]
    public void AnOverlapOfTwoZonesCountsOnceForTheEarlierZone()
    {
        var regions = BreakdownRegions.From(
        [
            Feature("west", "POLYGON ((120.80 27.90, 120.90 27.90, 120.90 28.00, 120.80 28.00, 120.80 27.90))"),
            Feature("east", "POLYGON ((120.85 27.90, 120.95 27.90, 120.95 28.00, 120.85 28.00, 120.85 27.90))"),
        ], []);
        var shape = Wkt.Read("POLYGON ((120.84 27.92, 120.96 27.92, 120.96 27.98, 120.84 27.98, 120.84 27.92))");

        var m = MeasureOp.Measure(shape, regions);
        var b = m.Breakdown!;

        Assert.Equal(m.SquareMetres, b.Zones.Sum(z => z.SquareMetres) + b.OutsideSquareMetres, 1e-6);
        // the shape holds 0.06° of west (120.84–120.90) and, without the shared part, 0.05° of east
        Assert.Equal(5.0 / 6, Zone(b, "east") / Zone(b, "west"), 1e-3);
    }

    [Fact]
    public void RepairsAShapeThatIsInvalidInTheProjectionInsteadOfFailing()
    {
        // a bowtie, as projection could make of a ring that nearly touches itself
        var bowtie = Wkt.Read("POLYGON ((120.90 27.93, 121.00 28.02, 121.00 27.93, 120.90 28.02, 120.90 27.93))");
        var projected = PlanarMeasure.ToGaussKruger(bowtie);

        var b = ZoneBreakdownOp.Breakdown(projected, 1_000_000, Regions);

        var repairedArea = NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(projected).Area;
        Assert.Equal(1, (b.Zones.Sum(z => z.PlanarSquareMetres) + b.OutsidePlanarSquareMetres) / repairedArea, 1e-9);
        Assert.Equal(1_000_000, b.Zones.Sum(z => z.SquareMetres) + b.OutsideSquareMetres, 1e-6);
    }

    [Fact]
    public void WithoutRegionsEverythingIsOutside()
    {
        var shape = Wkt.Read("POLYGON ((120.90 27.93, 121.00 27.93, 121.00 28.02, 120.90 28.02, 120.90 27.93))");

        var measurement = MeasureOp.Measure(shape, BreakdownRegions.None);

        Assert.Empty(measurement.Breakdown!.Zones);
        Assert.Equal(measurement.SquareMetres, measurement.Breakdown.OutsideSquareMetres, 1e-6);
        Assert.Equal(GeometryFactories.GaussKrugerSrid, PlanarMeasure.ToGaussKruger(shape).SRID);
    }
}
