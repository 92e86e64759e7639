namespace SpatialPlan.Core.Features;

/// <summary>How a write ended. Anything but <see cref="Done"/> changed nothing.</summary>
public enum WriteOutcome
{
    /// <summary>The change is durable and visible.</summary>
    Done,

    /// <summary>The catalogue has no such collection.</summary>
    CollectionNotFound,

    /// <summary>The collection is part of the plan and takes no writes.</summary>
    CollectionReadOnly,

    /// <summary>The record to replace or delete does not exist (or no longer does).</summary>
    FeatureNotFound,

    /// <summary>A created record's id is taken already, or given twice in one write.</summary>
    DuplicateId,

    /// <summary>The record is at another version than the writer expected (someone changed it since it was read);
    /// the result names the current version.</summary>
    VersionMismatch,
}
