using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Plan;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Plan;

public class DevelopmentPhasesTests
{
    private static PlanFeature Block(string id, string? phase, string? phaseEn, string wkt = "POLYGON ((120.93 27.95, 120.94 27.95, 120.94 27.96, 120.93 27.95))")
    {
        var attributes = new AttributesTable();
        if (phase is not null)
        {
            attributes.Add("phase", phase);
        }

        if (phaseEn is not null)
        {
            attributes.Add("phase_en", phaseEn);
        }

        return new PlanFeature(id, Wkt.Read(wkt), attributes);
    }

    private static readonly PlanFeature[] Blocks =
    [
        Block("b1", "灵昆片区", "Lingkun"), Block("b2", "二期", "Phase II"), Block("b3", "一期", "Phase I"), Block("b4", "一期", null),
    ];

    [Fact]
    public void GroupsBlocksByPhaseInOrdinalOrderWithTheFirstBlocksEnglishName()
    {
        var phases = DevelopmentPhases.Group(Blocks);

        Assert.Equal(["一期", "二期", "灵昆片区"], phases.Select(p => p.Name));
        Assert.Equal(["b3", "b4"], phases[0].Blocks.Select(b => b.Id));
        Assert.Equal("Phase I", phases[0].NameEn);
    }

    [Fact]
    public void PutsBlocksWithoutAPhaseInOneUnnamedPhase() =>
        Assert.Equal("", Assert.Single(DevelopmentPhases.Group([Block("x", null, null)])).Name);

    [Fact]
    public void TheTallyAndTheBreakdownHaveTheSamePhasesInTheSameOrder()
    {
        var tally = DevelopmentAreaTally.Of(Blocks);
        var regions = BreakdownRegions.From([], Blocks);

        Assert.Equal(tally.Phases.Select(p => (p.Name, p.NameEn)), regions.Phases.Select(r => (r.NameZh, r.NameEn)));
        Assert.Equal([2, 1, 1], tally.Phases.Select(p => p.Blocks));
    }
}
