using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Union;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Plan;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// The zones and phases an area is broken down by, projected to EPSG:4549, made valid and made disjoint
/// once, so each measurement only overlays. Build it from the read-only <c>plan-zones</c> and
/// <c>development-area</c> collections and keep it. Schematic outlines can overlap by a sliver (翁新 and 柳白
/// share 2.9 m²): an overlap counts once, for the earlier zone (or phase) in order, so parts never add up
/// to more than the shape.
/// </summary>
public sealed class BreakdownRegions
{
    /// <summary>One zone or phase in EPSG:4549.</summary>
    public sealed record Region(string Id, string NameZh, string? NameEn, Geometry GaussKruger);

    private BreakdownRegions(IReadOnlyList<Region> zones, IReadOnlyList<Region> phases)
    {
        Zones = Disjoint(zones);
        Phases = Disjoint(phases);
        ZonesUnion = zones.Count == 0
            ? NetTopologySuite.Geometries.Polygon.Empty
            : UnaryUnionOp.Union(zones.Select(z => z.GaussKruger).ToList());
    }

    /// <summary>The zones in collection order, each less what earlier zones cover.</summary>
    public IReadOnlyList<Region> Zones { get; }

    /// <summary>The phases (一期, 二期, 灵昆片区), each the union of its blocks less earlier phases.</summary>
    public IReadOnlyList<Region> Phases { get; }

    /// <summary>All zones as one geometry: what is not in it is outside the plan's zones.</summary>
    public Geometry ZonesUnion { get; }

    /// <summary>No zones and no phases: everything measured lies outside.</summary>
    public static BreakdownRegions None { get; } = new([], []);

    /// <summary>
    /// Zones are the plan-zone features (names from <c>name_zh</c> / <c>name_en</c>, falling back to the id);
    /// phases are the development-area blocks grouped by <see cref="DevelopmentPhases"/> (as the tally groups
    /// them), each the union of its blocks, with an id made from <c>phase_en</c> ("Phase I" → <c>phase-i</c>).
    /// </summary>
    public static BreakdownRegions From(IEnumerable<PlanFeature> zones, IEnumerable<PlanFeature> developmentBlocks)
    {
        var zoneRegions = zones
            .Select(z => new Region(z.Id, z.Text("name_zh") ?? z.Id, z.Text("name_en"), Project(z.Geometry)))
            .ToList();
        var phaseRegions = DevelopmentPhases.Group(developmentBlocks)
            .Select(p => new Region(
                PhaseId(p.NameEn ?? p.Name),
                p.Name,
                p.NameEn,
                Valid(UnaryUnionOp.Union(p.Blocks.Select(b => Project(b.Geometry)).ToList()))))
            .ToList();
        return new BreakdownRegions(zoneRegions, phaseRegions);
    }

    /// <summary>Each region less what the regions before it already cover.</summary>
    private static List<Region> Disjoint(IReadOnlyList<Region> regions)
    {
        var result = new List<Region>();
        Geometry? claimed = null;
        foreach (var region in regions)
        {
            var own = claimed is null
                ? region.GaussKruger
                : Valid(OverlayNGRobust.Overlay(region.GaussKruger, claimed, SpatialFunction.Difference));
            result.Add(region with { GaussKruger = own });
            claimed = claimed is null ? region.GaussKruger : OverlayNGRobust.Overlay(claimed, region.GaussKruger, SpatialFunction.Union);
        }

        return result;
    }

    /// <summary>A projected geometry, repaired where projection left it invalid (a near-touching ring).</summary>
    internal static Geometry Valid(Geometry geometry) => geometry.IsValid ? geometry : GeometryFixer.Fix(geometry);

    private static Geometry Project(Geometry lonLat) => Valid(PlanarMeasure.ToGaussKruger(lonLat));

    private static string PhaseId(string name)
    {
        var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words);
    }
}
