using System.Text;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Import;

public class GeoJsonImportReaderTests
{
    private static ImportSource Read(string json, SourceCrs? declared = null, ImportLimits? limits = null) =>
        GeoJsonImportReader.Read(Encoding.UTF8.GetBytes(json), declared, limits ?? ImportLimits.Default);

    [Fact]
    public void ReadsTheIdsPropertiesAndGeometriesOfAFeatureCollectionInLonLat()
    {
        var source = Read(Parcels.FeatureCollection(Parcels.ValidGeometries()));

        Assert.Null(source.FileProblem);
        Assert.Equal((SourceCrs.Wgs84, "default"), (source.Crs, source.CrsFrom));
        Assert.Equal(["A-1", "A-2", "A-3"], source.Features.Select(f => f.Id));
        Assert.Equal("地块 A-2", source.Features[1].Attributes["name"]);
        Assert.True(source.Features[2].Geometry!.EqualsExact(Wkt.Read(Parcels.Valid[2].Wkt)));
    }

    [Fact]
    public void RefusesAFileWithAPropertyGivenTwice()
    {
        var json = """{"type":"FeatureCollection","features":[{"type":"Feature","id":"d","properties":{"note":"a","note":"b"},"geometry":{"type":"Point","coordinates":[120.9,27.9]}}]}""";

        var source = Read(json);

        Assert.Empty(source.Features);
        Assert.NotNull(source.FileProblem); // the JSON reader refuses duplicate keys before any feature is read
    }

    [Fact]
    public void ReadsASingleFeature()
    {
        var feature = MiniGeodata.Feature("A-1", Wkt.Read(Parcels.Valid[0].Wkt)).ToJsonString();

        Assert.Equal("A-1", Assert.Single(Read(feature).Features).Id);
    }

    [Fact]
    public void TakesEpsg4549FromTheOldCrsMember()
    {
        var projected = Parcels.ValidGeometries().Select(p => (p.Id, PlanarMeasure.ToGaussKruger(p.Geometry)));

        var source = Read(Parcels.FeatureCollection(projected, "urn:ogc:def:crs:EPSG::4549"));

        Assert.Equal((SourceCrs.GaussKruger120, "crs member"), (source.Crs, source.CrsFrom));
    }

    [Fact]
    public void RefusesACrsMemberThatContradictsTheDeclaredOne()
    {
        var source = Read(Parcels.FeatureCollection(Parcels.ValidGeometries(), "EPSG:4326"), SourceCrs.GaussKruger120);

        Assert.Contains("declares EPSG:4549 but the file's crs member says EPSG:4326", source.FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAnUnsupportedCrsMember() =>
        Assert.Contains("EPSG::3857", Read(Parcels.FeatureCollection(Parcels.ValidGeometries(), "urn:ogc:def:crs:EPSG::3857")).FileProblem, StringComparison.Ordinal);

    [Fact]
    public void KeepsAnUnreadableFeatureAsACandidateWithItsProblemAndField()
    {
        var json = """{"type":"FeatureCollection","features":[{"type":"Feature","id":"ok","properties":{},"geometry":{"type":"Point","coordinates":[120.9,27.9]}},{"type":"Feature","id":"open","properties":{},"geometry":{"type":"Polygon","coordinates":[[[120.9,27.9],[121,27.9],[121,28],[120.9,28]]]}}]}""";

        var source = Read(json);

        Assert.Null(source.FileProblem);
        Assert.Null(source.Features[0].Problem);
        Assert.StartsWith("features[1].geometry.coordinates[0]: the ring is not closed", source.Features[1].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "not a GeoJSON FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection"}""", "not a GeoJSON FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[],"features":[]}""", "Duplicate")]
    [InlineData("""{"type":"FeatureCollection","crs":{"type":"link"},"features":[]}""", "only a named crs")]
    public void RefusesAFileThatIsNotAFeatureCollection(string json, string problem) =>
        Assert.Contains(problem, Read(json).FileProblem, StringComparison.Ordinal);

    [Fact]
    public void RefusesMoreFeaturesThanTheLimit() =>
        Assert.Contains("more than the limit of 2", Read(Parcels.FeatureCollection(Parcels.ValidGeometries()), limits: new ImportLimits(MaxFeatures: 2)).FileProblem, StringComparison.Ordinal);
}
