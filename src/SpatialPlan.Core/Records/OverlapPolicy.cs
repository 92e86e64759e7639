namespace SpatialPlan.Core.Records;

/// <summary>
/// What a write does when its parcel overlaps records already there (by more than
/// <see cref="RecordOverlap.ToleranceSquareMetres"/>): the API's <c>onOverlap</c>. The default, <see cref="Warn"/>,
/// refuses only an exact duplicate (the same parcel again: counted twice by nobody, but a sure mistake) and writes
/// a partial overlap, reporting it; <see cref="Refuse"/> writes nothing that overlaps; <see cref="Allow"/> writes
/// everything and still reports. Either way the tally counts the ground once.
/// </summary>
public enum OverlapPolicy
{
    /// <summary>Refuse duplicates, write partial overlaps and report them (the default).</summary>
    Warn,

    /// <summary>Refuse any overlap.</summary>
    Refuse,

    /// <summary>Write whatever overlaps, and report it.</summary>
    Allow,
}

/// <summary>Reading and applying an <see cref="OverlapPolicy"/>.</summary>
public static class OverlapPolicies
{
    /// <summary>The values the API takes, as it spells them.</summary>
    public const string Values = "refuse, warn, allow";

    /// <summary>The policy a text names (<c>refuse</c>, <c>warn</c> or <c>allow</c>, any case); null for anything else,
    /// and <see cref="OverlapPolicy.Warn"/> for no text at all.</summary>
    public static OverlapPolicy? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => OverlapPolicy.Warn,
        "warn" => OverlapPolicy.Warn,
        "refuse" => OverlapPolicy.Refuse,
        "allow" => OverlapPolicy.Allow,
        _ => null,
    };

    /// <summary>The overlaps that stop the write under <paramref name="policy"/>; none means write.</summary>
    public static IReadOnlyList<RecordOverlap> Refused(this OverlapPolicy policy, IReadOnlyList<RecordOverlap> overlaps) => policy switch
    {
        OverlapPolicy.Refuse => overlaps,
        OverlapPolicy.Warn => overlaps.Where(o => o.IsDuplicate).ToList(),
        _ => [],
    };
}
