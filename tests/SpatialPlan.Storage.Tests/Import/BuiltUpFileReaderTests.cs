using System.Text;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;
using SpatialPlan.Storage.Import;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Import;

public class BuiltUpFileReaderTests
{
    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private static Task<ImportSource> Read(byte[] content, SourceCrs? declared = null) =>
        BuiltUpFileReader.ReadAsync(content, declared, ImportLimits.Default, TestContext.Current.CancellationToken);

    [Fact]
    public async Task TellsTheFormatByTheFirstBytes()
    {
        Assert.Equal(ImportSource.GeoJson, (await Read(Encoding.UTF8.GetBytes("\uFEFF\n " + Parcels.FeatureCollection(Parcels.ValidGeometries())))).Format);
        Assert.Equal(ImportSource.Shapefile, (await Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), prj: null), SourceCrs.Wgs84)).Format);
        Assert.Equal(ImportSource.GeoPackage, (await Read(ImportFiles.GeoPackage(Parcels.ValidGeometries(), ImportFiles.Epsg(4326)))).Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.7")]
    [InlineData("MZ\u0090\u0000")]
    public async Task RefusesAFileThatIsNeitherGeoJsonNorAZipNorAGeoPackage(string content) =>
        Assert.Contains("not a GeoJSON FeatureCollection, a zipped shapefile", (await Read(Encoding.UTF8.GetBytes(content))).FileProblem, StringComparison.Ordinal);

    [Fact]
    public async Task ReadsShapefileAndGeoPackageThatGdalWroteIn4549WithTheAreasOfTheGeoJsonOriginal()
    {
        var ogr2ogr = ExternalTool.Require("ogr2ogr", "apt-get install gdal-bin");
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("gpkg"));
        await File.WriteAllTextAsync(folder.File("parcels.geojson"), Parcels.FeatureCollection(Parcels.ValidGeometries()), TestContext.Current.CancellationToken);
        foreach (var (format, file) in new[] { ("ESRI Shapefile", "shp"), ("GPKG", "gpkg/parcels.gpkg") })
        {
            var output = await ExternalTool.RunAsync(ogr2ogr, ["-f", format, "-t_srs", "EPSG:4549", folder.File(file), folder.File("parcels.geojson")], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            Assert.True(output.ExitCode == 0, output.StandardError);
        }

        var zip = ImportFiles.Zip(Directory.GetFiles(folder.File("shp")).Select(f => ("parcels/" + Path.GetFileName(f), File.ReadAllBytes(f))));
        var original = BuiltUpImportOp.Check(await Read(File.ReadAllBytes(folder.File("parcels.geojson"))), Extent, ImportLimits.Default);
        foreach (var content in new[] { zip, File.ReadAllBytes(folder.File("gpkg/parcels.gpkg")) })
        {
            var import = BuiltUpImportOp.Check(await Read(content), Extent, ImportLimits.Default);

            Assert.True(import.IsAccepted, import.FileProblem ?? string.Join("; ", import.Rejected.Select(r => r.Reason)));
            Assert.Equal(SourceCrs.GaussKruger120, import.Crs);
            Assert.All(original.Accepted.Zip(import.Accepted), pair =>
                Assert.Equal(1, pair.Second.Measurement.SquareMetres / pair.First.Measurement.SquareMetres, 1e-9));
        }
    }
}
