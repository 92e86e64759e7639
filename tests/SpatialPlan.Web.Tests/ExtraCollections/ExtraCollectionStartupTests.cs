using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.ExtraCollections;

/// <summary>A misconfigured extra collection stops start-up with a message naming the file and the problem.</summary>
public sealed class ExtraCollectionStartupTests
{
    [Fact]
    public void AMissingFileStopsStartUpNamingIt()
    {
        using var files = new TempDirectory();
        var path = files.File("nowhere.geojson");

        var message = StartUpFailure("parcels", path);

        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("not found", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotJsonStopsStartUpNamingIt()
    {
        using var files = new TempDirectory();
        var path = files.File("broken.geojson");
        File.WriteAllText(path, "{\"type\":\"FeatureCollection\",\"features\":[");

        var message = StartUpFailure("parcels", path);

        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeatureOutsideThePlanExtentStopsStartUpNamingTheFileAndTheFeature()
    {
        using var files = new TempDirectory();
        var path = files.File("far.geojson");
        File.WriteAllText(path, """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"far","properties":{},
             "geometry":{"type":"Point","coordinates":[2.35,48.85]}}]}
            """);

        var message = StartUpFailure("parcels", path);

        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("'far'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdThatClashesWithTheCatalogueIsRefused()
    {
        using var files = new TempDirectory();
        var path = files.File("zones.geojson");
        File.WriteAllText(path, ExtraCollectionFile.Content);

        var message = StartUpFailure("plan-zones", path);

        Assert.Contains("'plan-zones' is already a collection of the catalogue", message, StringComparison.Ordinal);
    }

    private static string StartUpFailure(string id, string path)
    {
        using var factory = new BadExtraCollectionAppFactory(id, path);
        var error = Record.Exception(() => factory.CreateClient());
        Assert.NotNull(error);
        return error.ToString();
    }
}
