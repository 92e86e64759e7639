using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Records;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Records;

public class BuiltUpRulesTests
{
    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private const string Parcel = "POLYGON ((120.930 27.950, 120.935 27.950, 120.935 27.954, 120.930 27.954, 120.930 27.950))";

    private static BuiltUpCheck Check(params (string Name, object? Value)[] values) =>
        BuiltUpRules.Check(Wkt.Read(Parcel), name => values.FirstOrDefault(v => v.Name == name).Value, Extent, 1000);

    private static string ErrorField(BuiltUpCheck check) => Assert.Single(check.Errors).Field;

    [Fact]
    public void MakesADraftOfAValidParcelWithTrimmedDetailsAndBlankTextAsNone()
    {
        var check = Check(("name_zh", " 一期 A 地块 "), ("name_en", "  "), ("built_year", 2023L), ("note", "已竣工"));

        Assert.Empty(check.Errors);
        Assert.Empty(check.Problems);
        Assert.Equal(new BuiltUpInput("一期 A 地块", null, 2023, "已竣工"), check.Draft!.Input);
        Assert.Equal("Polygon", check.Draft.Parcel.GeometryType);
    }

    [Fact]
    public void MakesADraftWithNoDetailsAtAll() =>
        Assert.Equal(new BuiltUpInput(null, null, null, null), Check().Draft!.Input);

    [Theory]
    [InlineData(1989L)]
    [InlineData(2101L)]
    [InlineData(3000L)]
    [InlineData(2023.5)]
    [InlineData(double.NaN)]
    [InlineData("2023")]
    [InlineData(true)]
    public void RefusesAYearBuiltThatIsNotAWholeYearFrom1990To2100(object year)
    {
        var check = Check(("built_year", year));

        Assert.Null(check.Draft);
        Assert.Equal("built_year", ErrorField(check));
    }

    [Theory]
    [InlineData(1990L)]
    [InlineData(2100)]
    [InlineData(2024.0)] // a REAL column of a GeoPackage or shapefile
    public void AcceptsAWholeYearWhateverNumberTypeCarriesIt(object year) =>
        Assert.NotNull(Check(("built_year", year)).Draft);

    [Theory]
    [InlineData("name_zh", "a\0b")] // PostgreSQL cannot store a NUL: both stores refuse it alike
    [InlineData("name_en", "bell\u0007")]
    [InlineData("note", "\u001b[31m")]
    public void RefusesControlCharactersInText(string name, string text)
    {
        var check = Check((name, text));

        Assert.Null(check.Draft);
        Assert.Equal(name, ErrorField(check));
    }

    [Fact]
    public void KeepsTabsAndLineBreaksInANote() =>
        Assert.Equal("一行\n二行\t三", Check(("note", "一行\n二行\t三")).Draft!.Input.Note);

    [Theory]
    [InlineData("name_zh", 201)]
    [InlineData("name_en", 201)]
    [InlineData("note", 2001)]
    public void RefusesTextLongerThanItsLimitInsteadOfTruncatingIt(string name, int length)
    {
        var check = Check((name, new string('长', length)));

        Assert.Null(check.Draft);
        Assert.Equal(name, ErrorField(check));
    }

    [Fact]
    public void AcceptsTextOfExactlyItsLimit() =>
        Assert.Equal(200, Check(("name_zh", new string('长', 200)), ("note", new string('长', 2000))).Draft!.Input.NameZh!.Length);

    [Fact]
    public void RefusesANoteThatIsNotText() => Assert.Equal("note", ErrorField(Check(("note", 42L))));

    [Fact]
    public void NamesEveryBrokenAttributeAndTheParcelsProblemsInOneAnswer()
    {
        var check = BuiltUpRules.Check(Wkt.Read(Parcels.Bowtie), new BuiltUpInput(new string('长', 201), null, 3000, null), Extent, 1000);

        Assert.Null(check.Draft);
        Assert.Equal(["name_zh", "built_year"], check.Errors.Select(e => e.Field));
        Assert.Equal(GeometryProblemKind.InvalidTopology, Assert.Single(check.Problems).Kind);
    }

    [Fact]
    public void ChecksTypedDetailsByTheSameRulesAsASourcesValues()
    {
        var typed = BuiltUpRules.Check(Wkt.Read(Parcel), new BuiltUpInput(null, null, 3000, null), Extent, 1000);

        Assert.Equal(Check(("built_year", 3000L)).Errors, typed.Errors);
    }

    [Theory]
    [InlineData("LINESTRING (120.93 27.95, 120.94 27.95)", GeometryProblemKind.WrongType)]
    [InlineData("POLYGON ((121.93 27.95, 121.94 27.95, 121.94 27.96, 121.93 27.95))", GeometryProblemKind.OutsidePlanExtent)]
    public void RefusesAParcelThatIsNotAValidPolygonInsideThePlan(string wkt, GeometryProblemKind kind)
    {
        var check = BuiltUpRules.Check(Wkt.Read(wkt), new BuiltUpInput(null, null, null, null), Extent, 1000);

        Assert.Null(check.Draft);
        Assert.Contains(kind, check.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void RefusesAMissingParcel() =>
        Assert.Equal(GeometryProblemKind.Empty, Assert.Single(BuiltUpRules.Check(null, new BuiltUpInput(null, null, null, null), Extent, 1000).Problems).Kind);
}
