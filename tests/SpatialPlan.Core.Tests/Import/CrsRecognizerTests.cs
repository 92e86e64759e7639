using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Import;

namespace SpatialPlan.Core.Tests.Import;

public class CrsRecognizerTests
{
    [Theory]
    [InlineData(PrjTexts.Esri4549, "EPSG:4549")]            // ArcGIS / GDAL .prj: Gauss_Kruger, no authority
    [InlineData(PrjTexts.Wkt2Of4549WithoutId, "EPSG:4549")] // WKT 2 recognised by its parameters
    [InlineData(Cgcs2000.GaussKruger120Wkt, "EPSG:4549")]   // OGC WKT 1 with AUTHORITY
    [InlineData(PrjTexts.Esri4490, "EPSG:4490")]
    [InlineData(PrjTexts.Wkt2Of4490, "EPSG:4490")]
    [InlineData(PrjTexts.Esri4326, "EPSG:4326")]
    public void RecognisesTheSupportedSystemsAsToolsWriteThem(string wkt, string code) =>
        Assert.Equal(code, CrsRecognizer.FromWkt(wkt).Crs?.Code);

    [Fact]
    public void RecognisesTheGaussKrugerParametersWithoutAnyAuthority()
    {
        var withoutAuthority = System.Text.RegularExpressions.Regex.Replace(Cgcs2000.GaussKruger120Wkt, @",AUTHORITY\[""EPSG"",""\d+""\]", "");

        Assert.DoesNotContain("AUTHORITY", withoutAuthority, StringComparison.Ordinal);
        Assert.Equal(SourceCrs.GaussKruger120, CrsRecognizer.FromWkt(withoutAuthority).Crs);
    }

    [Theory]
    [InlineData(PrjTexts.Esri4528, "EPSG:4528")]                   // zone number in front of the easting
    [InlineData(PrjTexts.EsriXian1980Cm120, "Xian")]               // another datum
    [InlineData(PrjTexts.EsriUtm51N, "central meridian 123")]      // UTM, not Gauss-Krüger CM 120°E
    [InlineData(PrjTexts.EsriNad83, "North_American_1983")]        // GRS 1980: the right ellipsoid, the wrong datum
    [InlineData(PrjTexts.EsriStatePlaneFeet, "North_American_1983")]
    [InlineData("""PROJCS["x",GEOGCS["CGCS2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["central_meridian",120],UNIT["metre",1]]""", "Lambert_Conformal_Conic_2SP")]
    [InlineData("""PROJCS["x",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],UNIT["US survey foot",0.304800609601219]]""", "length unit")]
    [InlineData("""GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["grad",0.015707963267949]]""", "grad")]
    [InlineData("""PROJCS["WGS 84 / UTM zone 51N",AUTHORITY["EPSG","32651"]]""", "EPSG:32651")]
    [InlineData("""GEOCCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]]]""", "not a geographic or projected")]
    [InlineData("hello", "well-formed")]
    [InlineData("""GEOGCS["unclosed""", "well-formed")]
    [InlineData("""GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]]""", "well-formed")]
    [InlineData("", "well-formed")]
    public void RefusesAnythingElseWithTheReason(string wkt, string reason)
    {
        var recognition = CrsRecognizer.FromWkt(wkt);

        Assert.Null(recognition.Crs);
        Assert.Contains(reason, recognition.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesHostileNestingWithoutRecursingIntoIt()
    {
        var deep = string.Concat(Enumerable.Repeat("A[", 5000)) + "1" + new string(']', 5000);

        Assert.Contains("deeper", CrsRecognizer.FromWkt(deep).Problem, StringComparison.Ordinal);
    }
}
