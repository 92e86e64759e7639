namespace SpatialPlan.Core.Features;

/// <summary>
/// One state of a planner's record, kept for good: writes to writable collections never lose what was there.
/// <see cref="Feature"/> is the record as it was after the change (for a deletion: as it was when deleted).
/// </summary>
public sealed record FeatureVersion(
    string FeatureId, int Version, VersionAction Action, DateTimeOffset At, string? Author, PlanFeature Feature);

public enum VersionAction
{
    Created,
    Replaced,
    Deleted,
}
