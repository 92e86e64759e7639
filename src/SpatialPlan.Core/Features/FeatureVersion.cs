namespace SpatialPlan.Core.Features;

/// <summary>
/// One state of a planner's record, kept for good: writes to writable collections never lose what was there.
/// <see cref="Feature"/> is the record as it was after the change (for a deletion: as it was when deleted).
/// </summary>
public sealed record FeatureVersion(
    string FeatureId, int Version, VersionAction Action, DateTimeOffset At, string? Author, PlanFeature Feature);

/// <summary>What a change did to a record.</summary>
public enum VersionAction
{
    /// <summary>The record was written for the first time (version 1).</summary>
    Created,
    /// <summary>A planner replaced the record; <see cref="FeatureVersion.Feature"/> is the new state.</summary>
    Replaced,
    /// <summary>The record was deleted; <see cref="FeatureVersion.Feature"/> is its last state.</summary>
    Deleted,
}
