using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Plan;

/// <summary>
/// The development-area blocks grouped into the plan's phases (一期, 二期, 灵昆片区) by their <c>phase</c>
/// property: the one grouping that the development-area tally and the measurement breakdown share.
/// </summary>
public static class DevelopmentPhases
{
    /// <summary>The blocks' property naming their phase in Chinese, e.g. 一期.</summary>
    public const string PhaseProperty = "phase";

    /// <summary>The blocks' property naming their phase in English, e.g. Phase I.</summary>
    public const string PhaseEnProperty = "phase_en";

    /// <summary>One phase and its blocks.</summary>
    /// <param name="Name">The Chinese name; "" for blocks that give none.</param>
    /// <param name="NameEn">The English name of the phase's first block, or null.</param>
    /// <param name="Blocks">The phase's blocks, in the order given.</param>
    public sealed record Phase(string Name, string? NameEn, IReadOnlyList<PlanFeature> Blocks);

    /// <summary>The phases in ordinal order of their Chinese names (一期, 二期, 灵昆片区), each with its blocks;
    /// no blocks give no phases.</summary>
    public static IReadOnlyList<Phase> Group(IEnumerable<PlanFeature> blocks) =>
        blocks.GroupBy(b => b.Text(PhaseProperty) ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Phase(g.Key, g.First().Text(PhaseEnProperty), g.ToList()))
            .ToList();
}
