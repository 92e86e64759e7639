namespace SpatialPlan.Core.Records;

/// <summary>What a planner says about a built-up parcel; everything else of the record is computed.</summary>
/// <param name="NameZh">A name, e.g. 一期东 智能装备产业园 A 地块; optional.</param>
/// <param name="NameEn">An English name; optional.</param>
/// <param name="BuiltYear">The year the parcel was built (completed); optional.</param>
/// <param name="Note">Free text; optional.</param>
public sealed record BuiltUpInput(string? NameZh, string? NameEn, int? BuiltYear, string? Note)
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
    public const int MaxNameLength = 200;
    public const int MaxNoteLength = 2000;
}
