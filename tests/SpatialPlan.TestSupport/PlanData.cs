using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.TestSupport;

/// <summary>The repository's real geodata, loaded once through the same loader the app uses.</summary>
public static class PlanData
{
    private static readonly Lazy<PlanGeodata> Loaded = new(() => GeodataLoader.Load(RepoPaths.Geodata));

    public static PlanGeodata Geodata => Loaded.Value;

    /// <summary>The plan's targets, zones and statements (<c>seeds/plan.json</c>).</summary>
    public static SpatialPlan.Core.Plan.PlanDocument Plan => LoadedPlan.Value;

    private static readonly Lazy<SpatialPlan.Core.Plan.PlanDocument> LoadedPlan =
        new(() => SpatialPlan.Core.Plan.PlanDocumentReader.Read(RepoPaths.Seeds));

    public static IReadOnlyList<PlanFeature> Collection(string id) => Geodata.Collections[id];

    /// <summary>The 一核三区 zone with this <c>zone</c> code (core, wengxin, liubai, damenxiaomen).</summary>
    public static PlanFeature Zone(string code) => Collection("plan-zones").Single(f => f.Text("zone") == code);

    /// <summary>All land of the basemap as one geometry.</summary>
    public static Geometry Land => LandUnion.Value;

    private static readonly Lazy<Geometry> LandUnion = new(() =>
        NetTopologySuite.Operation.Union.UnaryUnionOp.Union(Collection("land").Select(f => f.Geometry).ToList()));
}
