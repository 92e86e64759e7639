namespace SpatialPlan.Core.Records;

/// <summary>What a planner says about a built-up parcel; everything else of the record is computed. The rules
/// these values must keep are <see cref="BuiltUpRules"/>.</summary>
/// <param name="NameZh">A name, e.g. 一期东 智能装备产业园 A 地块; optional.</param>
/// <param name="NameEn">An English name; optional.</param>
/// <param name="BuiltYear">The year the parcel was built (completed); optional.</param>
/// <param name="Note">Free text; optional.</param>
/// <param name="SourceId">The parcel's id in the file it came from (a GeoJSON feature id, a shapefile's <c>id</c>
/// attribute, a GeoPackage fid), kept so the record can be traced back; optional.</param>
public sealed record BuiltUpInput(string? NameZh, string? NameEn, int? BuiltYear, string? Note, string? SourceId = null)
{
    /// <summary>The most characters of a source id.</summary>
    public const int MaxSourceIdLength = 100;

    /// <summary>The earliest year built a record may give.</summary>
    public const int MinYear = 1990;

    /// <summary>The latest year built a record may give.</summary>
    public const int MaxYear = 2100;

    /// <summary>The most characters of a name, Chinese or English.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most characters of a note.</summary>
    public const int MaxNoteLength = 2000;
}
