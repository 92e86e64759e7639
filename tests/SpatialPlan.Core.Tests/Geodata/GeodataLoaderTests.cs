using System.Text.Json.Nodes;
using SpatialPlan.Core.Geodata;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Geodata;

public class GeodataLoaderTests
{
    [Fact]
    public void LoadsAValidFolder()
    {
        using var geodata = new MiniGeodata();

        var loaded = GeodataLoader.Load(geodata.Path);

        Assert.Equal(4, loaded.Collections[MiniGeodata.Zones].Count);
        Assert.Empty(loaded.Collections[MiniGeodata.Records]);
        Assert.Equal("#d7301f", loaded.Catalogue.Find(MiniGeodata.Zones)!.StyleFor("core").FillColor);
        Assert.Equal("#cccccc", loaded.Catalogue.Find(MiniGeodata.Zones)!.StyleFor("unknown").FillColor);
    }

    [Fact]
    public void StopsOnASecondWritableCollectionInsteadOfWritingItLikeTheFirst()
    {
        using var geodata = new MiniGeodata();
        var catalogue = MiniGeodata.Catalogue();
        catalogue["layers"]![0]!["writable"] = true;
        geodata.WriteCatalogue(catalogue);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Equal("layers.json", problem.File);
        Assert.Contains($"layers '{MiniGeodata.Zones}', '{MiniGeodata.Records}' are all writable", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnACollectionMissingFromTheCatalogue()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteFile("stray.geojson", """{"type":"FeatureCollection","features":[]}""");

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Equal("stray.geojson", problem.File);
        Assert.Contains("missing from the catalogue", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnAFileTheCatalogueListsButThatIsMissing()
    {
        using var geodata = new MiniGeodata();
        File.Delete(Path.Combine(geodata.Path, "records.geojson"));

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Equal("records.geojson", problem.File);
    }

    [Fact]
    public void NamesFileFeatureAndProblemForAnInvalidGeometry()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteCollection(MiniGeodata.Zones, [MiniGeodata.Feature("bowtie",
            Wkt.Read("POLYGON ((120.9 27.9, 121.0 28.0, 121.0 27.9, 120.9 28.0, 120.9 27.9))"),
            new JsonObject { ["zone"] = "core" })]);

        var error = Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path));

        Assert.Contains("zones.geojson, feature 'bowtie': invalid geometry: Self-intersection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnAnEmptyGeometry()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteCollection(MiniGeodata.Zones, [MiniGeodata.FeatureWithRawGeometry("hollow",
            """{"type":"Polygon","coordinates":[]}""", new JsonObject { ["zone"] = "core" })]);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Equal("hollow", problem.FeatureId);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnLatitudeWrittenFirst()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteCollection(MiniGeodata.Zones, [MiniGeodata.Feature("swapped",
            Wkt.Read("POLYGON ((27.9 120.9, 27.9 121.0, 28.0 121.0, 27.9 120.9))"), new JsonObject { ["zone"] = "core" })]);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Contains("longitude first", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnACoordinateOutsideThePlanExtent()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteCollection(MiniGeodata.Zones, [MiniGeodata.Feature("beijing",
            Wkt.Read("POLYGON ((116.3 39.9, 116.4 39.9, 116.4 40.0, 116.3 39.9))"), new JsonObject { ["zone"] = "core" })]);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Contains("outside the plan extent", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnADuplicateId()
    {
        using var geodata = new MiniGeodata();
        var square = Wkt.Read(MiniGeodata.ZoneFeatures[0].Wkt);
        geodata.WriteCollection(MiniGeodata.Zones,
        [
            MiniGeodata.Feature("twin", square, new JsonObject { ["zone"] = "core" }),
            MiniGeodata.Feature("twin", square, new JsonObject { ["zone"] = "core" }),
        ]);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Equal("twin", problem.FeatureId);
    }

    [Fact]
    public void StopsOnACategoryTheLegendDoesNotKnow()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteCollection(MiniGeodata.Zones, [MiniGeodata.Feature("x",
            Wkt.Read(MiniGeodata.ZoneFeatures[0].Wkt), new JsonObject { ["zone"] = "atlantis" })]);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Contains("one of the legend's categories", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopsOnAMalformedCatalogue()
    {
        using var geodata = new MiniGeodata();
        geodata.WriteFile(CatalogueReader.FileName, "{ \"layers\": [ }");

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Equal(CatalogueReader.FileName, problem.File);
    }

    [Fact]
    public void StopsOnAnUnknownStyleOption()
    {
        using var geodata = new MiniGeodata();
        var catalogue = MiniGeodata.Catalogue();
        catalogue["layers"]![0]!["style"]!["fill-colour"] = "#ff0000";
        geodata.WriteCatalogue(catalogue);

        var problem = Assert.Single(Assert.Throws<GeodataException>(() => GeodataLoader.Load(geodata.Path)).Problems);

        Assert.Contains("fill-colour", problem.Message, StringComparison.Ordinal);
    }
}
