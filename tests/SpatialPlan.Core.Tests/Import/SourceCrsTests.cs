using SpatialPlan.Core.Import;

namespace SpatialPlan.Core.Tests.Import;

public class SourceCrsTests
{
    [Theory]
    [InlineData("EPSG:4549", "EPSG:4549")]
    [InlineData("epsg:4549", "EPSG:4549")]
    [InlineData("4549", "EPSG:4549")]
    [InlineData("urn:ogc:def:crs:EPSG::4549", "EPSG:4549")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4549", "EPSG:4549")]
    [InlineData("EPSG:4490", "EPSG:4490")]
    [InlineData("EPSG:4326", "EPSG:4326")]
    [InlineData("OGC:CRS84", "EPSG:4326")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326")]
    [InlineData("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326")]
    public void ReadsTheWaysACrsIsDeclared(string text, string code) =>
        Assert.Equal(code, SourceCrs.Parse(text)?.Code);

    [Theory]
    [InlineData("EPSG:4528")]
    [InlineData("EPSG:3857")]
    [InlineData("EPSG:4549x")]
    [InlineData("")]
    [InlineData(null)]
    public void RefusesOtherSystems(string? text) => Assert.Null(SourceCrs.Parse(text));

    [Fact]
    public void TreatsWgs84AndCgcs2000AsTheSameCoordinatesButNotGaussKruger()
    {
        Assert.True(SourceCrs.Wgs84.SameCoordinatesAs(SourceCrs.Cgcs2000));
        Assert.False(SourceCrs.Wgs84.SameCoordinatesAs(SourceCrs.GaussKruger120));
    }
}
