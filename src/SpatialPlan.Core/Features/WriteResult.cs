namespace SpatialPlan.Core.Features;

/// <summary>
/// How a write ended and which version of the record it concerns. <see cref="Version"/> is the version the write
/// made (create, replace, delete: the deletion's own number) when <see cref="Outcome"/> is
/// <see cref="WriteOutcome.Done"/>; the record's current version for <see cref="WriteOutcome.VersionMismatch"/>; null
/// otherwise, and for a write of several records at once.
/// </summary>
/// <param name="Outcome">How the write ended; anything but <see cref="WriteOutcome.Done"/> changed nothing.</param>
/// <param name="Version">The version written, or the current one on a mismatch, as above.</param>
public readonly record struct WriteResult(WriteOutcome Outcome, int? Version = null)
{
    /// <summary>A write refused with <paramref name="outcome"/>, naming no version.</summary>
    public static WriteResult Refused(WriteOutcome outcome) => new(outcome);

    /// <summary>A write that made version <paramref name="version"/>.</summary>
    public static WriteResult Done(int? version) => new(WriteOutcome.Done, version);

    /// <summary>A write refused because the record is at <paramref name="current"/>, not the version expected.</summary>
    public static WriteResult Mismatch(int current) => new(WriteOutcome.VersionMismatch, current);
}
