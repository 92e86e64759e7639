using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Core.Plan;

/// <summary>
/// The plan's "新增开发建设面积 20 km² 以上": the ellipsoidal area of the development-area blocks, by phase
/// (一期, 二期, 灵昆片区), against the target.
/// </summary>
public sealed record DevelopmentAreaTally(IReadOnlyList<DevelopmentAreaTally.Phase> Phases, double TargetSquareMetres)
{
    /// <summary>The plan's target: at least 20 km² by 2025.</summary>
    public const double PlanTargetSquareMetres = 20_000_000;

    /// <summary>One phase's blocks.</summary>
    /// <param name="Name">The phase's Chinese name (the blocks' <c>phase</c>); empty for blocks without one.</param>
    /// <param name="NameEn">Its English name (the first block's <c>phase_en</c>), or null.</param>
    /// <param name="Blocks">How many blocks it has.</param>
    /// <param name="SquareMetres">Their ellipsoidal area, summed (m²).</param>
    public sealed record Phase(string Name, string? NameEn, int Blocks, double SquareMetres);

    /// <summary>The ellipsoidal area of all phases, in m²; 0 when there are no blocks.</summary>
    public double TotalSquareMetres => Phases.Sum(p => p.SquareMetres);

    /// <summary>Share of the target reached, 1.0 = met.</summary>
    public double ShareOfTarget => TotalSquareMetres / TargetSquareMetres;

    /// <summary>Sums the blocks by phase (<see cref="DevelopmentPhases"/>): 一期, 二期, 灵昆片区.</summary>
    public static DevelopmentAreaTally Of(IEnumerable<PlanFeature> blocks) => new(
        DevelopmentPhases.Group(blocks)
            .Select(p => new Phase(p.Name, p.NameEn, p.Blocks.Count, p.Blocks.Sum(b => EllipsoidalArea.SquareMetres(b.Geometry))))
            .ToList(),
        PlanTargetSquareMetres);
}
