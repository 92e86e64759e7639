using System.Text;
using NetTopologySuite.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;
using SpatialPlan.Storage.Import;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Import;

public class ShapefileZipReaderTests
{
    private const string Prj4326 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";
    private const string Prj4549 = """PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";
    private const string PrjXian1980 = """PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private static ImportSource Read(byte[] zip, SourceCrs? declared = null, ImportLimits? limits = null) =>
        ShapefileZipReader.Read(new MemoryStream(zip), declared, limits ?? ImportLimits.Default);

    [Fact]
    public void ReadsAZippedShapefileIn4326WithItsIdsAndChineseAttributes()
    {
        var source = Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326));

        Assert.Null(source.FileProblem);
        Assert.Equal((SourceCrs.Wgs84, ".prj"), (source.Crs, source.CrsFrom));
        Assert.Equal(["A-1", "A-2", "A-3"], source.Features.Select(f => f.Id));
        Assert.Equal("物流仓储", source.Features[1].Attributes["use"]);
        Assert.True(BuiltUpImportOp.Check(source, Extent, ImportLimits.Default).IsAccepted);
    }

    [Fact]
    public void AShapefileIn4549MeasuresTheSameAreasAsTheOneIn4326()
    {
        var lonLat = BuiltUpImportOp.Check(Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326)), Extent, ImportLimits.Default);
        var projected = BuiltUpImportOp.Check(Read(ImportFiles.ShapefileZip(Parcels.InGaussKruger(Parcels.ValidFeatures()), Prj4549)), Extent, ImportLimits.Default);

        Assert.Equal(SourceCrs.GaussKruger120, projected.Crs);
        Assert.True(projected.IsAccepted);
        Assert.All(lonLat.Accepted.Zip(projected.Accepted), pair =>
        {
            Assert.Equal(1, pair.Second.Measurement.SquareMetres / pair.First.Measurement.SquareMetres, 1e-9);
            Assert.Equal(1, pair.Second.Measurement.PlanarSquareMetres / pair.First.Measurement.PlanarSquareMetres, 1e-9);
        });
    }

    [Fact]
    public void ReadsGbkAttributesWhenTheCpgSaysSo()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var source = Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326, Encoding.GetEncoding(936)));

        Assert.Equal("地块 A-1", source.Features[0].Attributes["name"]);
    }

    [Fact]
    public void RefusesAZipWithoutAShp() =>
        Assert.Contains("no .shp", Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326, leaveOut: ".shp")).FileProblem, StringComparison.Ordinal);

    [Fact]
    public void RefusesAShpWithoutItsDbf() =>
        Assert.Contains("parcels.dbf' is missing", Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326, leaveOut: ".dbf")).FileProblem, StringComparison.Ordinal);

    [Fact]
    public void ReadsAShpWithoutItsShxWhichItDoesNotNeed() =>
        Assert.Null(Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326, leaveOut: ".shx")).FileProblem);

    [Theory]
    [InlineData("this is not WKT", "not well-formed WKT")]
    [InlineData(PrjXian1980, "Xian_1980")]
    public void RefusesABadOrUnknownPrjWithTheReason(string prj, string reason)
    {
        var problem = Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), prj)).FileProblem;

        Assert.StartsWith(".prj: ", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsADeclaredCrsWhenThereIsNoPrj()
    {
        var zip = ImportFiles.ShapefileZip(Parcels.InGaussKruger(Parcels.ValidFeatures()), prj: null);

        Assert.Contains("declare crs", Read(zip).FileProblem, StringComparison.Ordinal);
        Assert.Equal((SourceCrs.GaussKruger120, "declared"), (Read(zip, SourceCrs.GaussKruger120).Crs, Read(zip, SourceCrs.GaussKruger120).CrsFrom));
    }

    [Fact]
    public void RefusesADeclaredCrsThatContradictsThePrj() =>
        Assert.Contains("declares EPSG:4549 but the file's .prj says EPSG:4326",
            Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326), SourceCrs.GaussKruger120).FileProblem, StringComparison.Ordinal);

    [Theory]
    [InlineData("../../etc/cron.d/evil")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\windows\\evil.dll")]
    [InlineData("C:/evil.shp")]
    public void RefusesAZipWithAPathTraversalEntryName(string name)
    {
        var zip = ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326, extraEntries: [(name, "x"u8.ToArray())]);

        Assert.Contains("is unsafe", Read(zip).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAZipBombBeforeInflatingIt()
    {
        var bomb = ImportFiles.Zip([("parcels.shp", new byte[20 * 1024 * 1024]), ("parcels.dbf", new byte[10])]);

        Assert.True(bomb.Length < 100_000, $"{bomb.Length} bytes of zip");
        Assert.Contains("inflates to more than the limits", Read(bomb, limits: new ImportLimits(MaxEntryBytes: 1024 * 1024)).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesManySmallEntriesThatAddUpBeyondTheTotal()
    {
        var entries = Enumerable.Range(0, 5).Select(i => ($"part{i}.dbf", new byte[600_000]));

        Assert.Contains("inflates to more than the limits", Read(ImportFiles.Zip(entries), limits: new ImportLimits(MaxTotalBytes: 2_000_000)).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAZipWithTooManyEntries() =>
        Assert.Contains("more than the limit of 3", Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326), limits: new ImportLimits(MaxEntries: 3)).FileProblem, StringComparison.Ordinal);

    [Fact]
    public void RefusesTwoShapefilesInOneZip()
    {
        var zip = ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326, extraEntries: [("other.shp", new byte[100]), ("other.dbf", new byte[10])]);

        Assert.Contains("2 shapefiles", Read(zip).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAShpWhoseRecordClaimsMorePointsThanItHolds()
    {
        var zip = ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326);
        var files = new System.IO.Compression.ZipArchive(new MemoryStream(zip)).Entries.ToDictionary(e => e.Name, e => { using var s = new MemoryStream(); e.Open().CopyTo(s); return s.ToArray(); });
        BitConverter.GetBytes(int.MaxValue).CopyTo(files["parcels.shp"], 100 + 8 + 40); // first record's point count

        var problem = Read(ImportFiles.Zip(files.Select(f => (f.Key, f.Value)))).FileProblem;

        Assert.Contains("record 0", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesGarbageInsteadOfAShp()
    {
        var zip = ImportFiles.Zip([("parcels.shp", "not a shapefile at all"u8.ToArray()), ("parcels.dbf", new byte[10]), ("parcels.prj", Encoding.UTF8.GetBytes(Prj4326))]);

        Assert.Contains("not a shapefile", Read(zip).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAFileThatIsNoZip() =>
        Assert.Contains("not a readable zip", Read("PK\u0003\u0004 and then nothing"u8.ToArray()).FileProblem, StringComparison.Ordinal);

    [Fact]
    public void PassesAnInvalidShapeOnForTheChecksToRejectWithItsLocation()
    {
        var features = Parcels.ValidFeatures().Append(new Feature(Wkt.Read(Parcels.Bowtie), new AttributesTable { { "id", "B-7" }, { "name", "坏" }, { "use", "" } }));

        var import = BuiltUpImportOp.Check(Read(ImportFiles.ShapefileZip(features, Prj4326)), Extent, ImportLimits.Default);

        Assert.False(import.IsAccepted);
        var rejected = Assert.Single(import.Rejected);
        Assert.Equal((3, "B-7"), (rejected.Index, rejected.Ref));
        Assert.Contains("Self-intersection", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesMoreFeaturesThanTheLimit() =>
        Assert.Contains("more than the limit of 2", Read(ImportFiles.ShapefileZip(Parcels.ValidFeatures(), Prj4326), limits: new ImportLimits(MaxFeatures: 2)).FileProblem, StringComparison.Ordinal);
}
