namespace SpatialPlan.Core.Records;

/// <summary>What a planner says about a built-up parcel; everything else of the record is computed.</summary>
/// <param name="NameZh">A name, e.g. 一期东 智能装备产业园 A 地块; optional.</param>
/// <param name="NameEn">An English name; optional.</param>
/// <param name="BuiltYear">The year the parcel was built (completed); optional.</param>
/// <param name="Note">Free text; optional.</param>
public sealed record BuiltUpInput(string? NameZh, string? NameEn, int? BuiltYear, string? Note)
{
    /// <summary>The earliest <see cref="BuiltYear"/> accepted.</summary>
    public const int MinYear = 1990;
    /// <summary>The latest <see cref="BuiltYear"/> accepted.</summary>
    public const int MaxYear = 2100;
    /// <summary>Longest <see cref="NameZh"/> or <see cref="NameEn"/>, in UTF-16 code units.</summary>
    public const int MaxNameLength = 200;
    /// <summary>Longest <see cref="Note"/>, in UTF-16 code units.</summary>
    public const int MaxNoteLength = 2000;
}
