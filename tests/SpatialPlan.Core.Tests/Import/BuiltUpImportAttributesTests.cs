using NetTopologySuite.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Records;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Import;

/// <summary>An import's attributes follow the record rules: what a file says is kept whole, or the feature is refused.</summary>
public class BuiltUpImportAttributesTests
{
    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private static BuiltUpImport Check(params AttributesTable[] attributes) =>
        BuiltUpImportOp.Check(
            new ImportSource(ImportSource.GeoJson, SourceCrs.Wgs84, "declared",
                attributes.Select((a, i) => new ImportCandidate(i, Parcels.Valid[i].Id, Wkt.Read(Parcels.Valid[i].Wkt), a)).ToList()),
            Extent, ImportLimits.Default);

    [Fact]
    public void KeepsTheFilesNameYearAndNoteWholeInTheRecordToWrite()
    {
        var note = new string('注', BuiltUpInput.MaxNoteLength);

        var import = Check(new AttributesTable { { "name_zh", "一期 A 地块" }, { "built_year", 2022L }, { "note", note } });

        Assert.True(import.IsAccepted);
        Assert.Equal(new BuiltUpInput("一期 A 地块", null, 2022, note, SourceId: "A-1"), import.Accepted[0].Draft.Input); // the file's id is kept
    }

    [Fact]
    public void TakesTheNameFromNameWhenTheFileHasNoNameZh() =>
        Assert.Equal("地块 A-1", Check(new AttributesTable { { "name", "地块 A-1" } }).Accepted[0].Draft.Input.NameZh);

    [Fact]
    public void RejectsAFeatureWhoseNoteIsTooLongNamingTheFeatureAndTheAttributeInsteadOfTruncatingIt()
    {
        var import = Check(
            new AttributesTable { { "note", "ok" } },
            new AttributesTable { { "note", new string('注', BuiltUpInput.MaxNoteLength + 1) } });

        Assert.False(import.IsAccepted);
        Assert.Empty(import.Accepted);
        var rejected = Assert.Single(import.Rejected);
        Assert.Equal((1, "A-2"), (rejected.Index, rejected.Ref));
        Assert.Equal("attribute 'note' must be text of at most 2000 characters", rejected.Reason);
    }

    [Theory]
    [InlineData(3000L)]
    [InlineData(1850L)]
    [InlineData(2021.5)]
    [InlineData("2021")]
    public void RejectsAFeatureWhoseYearBuiltIsNotAWholeYearInRangeInsteadOfDroppingIt(object year)
    {
        var rejected = Assert.Single(Check(new AttributesTable { { "built_year", year } }).Rejected);

        Assert.Equal("attribute 'built_year' must be a whole year from 1990 to 2100", rejected.Reason);
    }

    [Fact]
    public void RejectsAnOverlongNameGivenAsName() =>
        Assert.Contains("'name_zh'", Assert.Single(Check(new AttributesTable { { "name", new string('名', 201) } }).Rejected).Reason, StringComparison.Ordinal);

    [Fact]
    public void ReportsABrokenAttributeAfterTheGeometrysProblems()
    {
        var import = BuiltUpImportOp.Check(
            new ImportSource(ImportSource.GeoJson, SourceCrs.Wgs84, "declared",
                [new ImportCandidate(0, "B-7", Wkt.Read(Parcels.Bowtie), new AttributesTable { { "built_year", 3000L } })]),
            Extent, ImportLimits.Default);

        var reason = Assert.Single(import.Rejected).Reason;
        Assert.StartsWith("invalid geometry: Self-intersection", reason, StringComparison.Ordinal);
        Assert.EndsWith("; attribute 'built_year' must be a whole year from 1990 to 2100", reason, StringComparison.Ordinal);
    }
}
