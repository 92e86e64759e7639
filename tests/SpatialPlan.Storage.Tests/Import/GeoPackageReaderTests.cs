using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Storage.Import;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Import;

public class GeoPackageReaderTests
{
    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private static IEnumerable<(string, Geometry)> LonLatParcels() => Parcels.ValidGeometries();

    private static IEnumerable<(string, Geometry)> ProjectedParcels() =>
        Parcels.ValidGeometries().Select(p => (p.Id, PlanarMeasure.ToGaussKruger(p.Geometry)));

    private static Task<ImportSource> Read(byte[] gpkg, SourceCrs? declared = null, ImportLimits? limits = null) =>
        BuiltUpFileReader.ReadAsync(gpkg, declared, limits ?? ImportLimits.Default, TestContext.Current.CancellationToken);

    /// <summary>A geometry blob as GeoPackage writers make it: 8-byte header, 32-byte envelope, little-endian WKB.</summary>
    private static byte[] Blob(string wkt) => new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(Wkt.Read(wkt));

    private static string Insert(byte[] blob) => $"INSERT INTO parcels (geom, name) VALUES (X'{Convert.ToHexString(blob)}', 'edited')";

    [Fact]
    public async Task ReadsTheFeatureTableWithKeysAttributesAndTheEpsgCrs()
    {
        var source = await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326)));

        Assert.Null(source.FileProblem);
        Assert.Equal((ImportSource.GeoPackage, SourceCrs.Wgs84, "gpkg_spatial_ref_sys"), (source.Format, source.Crs, source.CrsFrom));
        Assert.Equal(["1", "2", "3"], source.Features.Select(f => f.Id));
        Assert.Equal("A-2", source.Features[1].Attributes["name"]);
        Assert.True(source.Features[1].Geometry!.EqualsExact(Wkt.Read(Parcels.Valid[1].Wkt)));
    }

    [Fact]
    public async Task AGeoPackageIn4549MeasuresLikeItsLonLatOriginal()
    {
        var lonLat = BuiltUpImportOp.Check(await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326))), Extent, ImportLimits.Default);
        var projected = BuiltUpImportOp.Check(await Read(ImportFiles.GeoPackage(ProjectedParcels(), ImportFiles.Epsg(4549))), Extent, ImportLimits.Default);

        Assert.True(projected.IsAccepted);
        Assert.All(lonLat.Accepted.Zip(projected.Accepted), pair =>
            Assert.Equal(1, pair.Second.Measurement.SquareMetres / pair.First.Measurement.SquareMetres, 1e-9));
    }

    [Fact]
    public async Task RecognisesTheCrsFromItsDefinitionWhenItHasNoEpsgCode()
    {
        var source = await Read(ImportFiles.GeoPackage(ProjectedParcels(), (100_000, "NONE", 100_000, Cgcs2000.GaussKruger120Wkt.Replace("AUTHORITY", "X_AUTH", StringComparison.Ordinal))));

        Assert.Equal(SourceCrs.GaussKruger120, source.Crs);
    }

    [Theory]
    [InlineData(3857, "EPSG:3857 is not supported")]
    [InlineData(0, "declare crs")] // srs_id 0: "undefined geographic"
    public async Task RefusesACrsItCannotUse(int srs, string problem) =>
        Assert.Contains(problem, (await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(srs)))).FileProblem, StringComparison.Ordinal);

    [Fact]
    public async Task ReadsAnUndefinedCrsAsTheDeclaredOne() =>
        Assert.Equal(SourceCrs.GaussKruger120, (await Read(ImportFiles.GeoPackage(ProjectedParcels(), ImportFiles.Epsg(0)), SourceCrs.GaussKruger120)).Crs);

    [Fact]
    public async Task RefusesTwoFeatureTables()
    {
        var second = "CREATE TABLE other (fid INTEGER PRIMARY KEY, geom BLOB); " +
                     "INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('other', 'features', 4326); " +
                     "INSERT INTO gpkg_geometry_columns VALUES ('other', 'geom', 'POLYGON', 4326, 0, 0);";

        Assert.Contains("2 feature tables (other, parcels)", (await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326), second))).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAFeatureTableThatIsAView()
    {
        var view = "ALTER TABLE parcels RENAME TO parcels_data; CREATE VIEW parcels AS SELECT * FROM parcels_data;";

        Assert.Contains("not a plain table", (await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326), view))).FileProblem, StringComparison.Ordinal);
    }

    private static Task<ImportSource> ReadWith(string setUp) => Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326), setUp));

    [Fact]
    public async Task RefusesAGeneratedColumnWithoutComputingIt()
    {
        // three rows of a 50 MB blob the reader would build if it evaluated the column
        var gpkg = ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326),
            "ALTER TABLE parcels ADD COLUMN big BLOB GENERATED ALWAYS AS (zeroblob(50000000)) VIRTUAL;");
        await Read(gpkg); // warm up: the first read loads and JIT-compiles the reader
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var source = await Read(gpkg);

        Assert.Contains("generated column 'big'", source.FileProblem, StringComparison.Ordinal);
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - before, 0, 4_000_000);
    }

    [Fact]
    public async Task RefusesAStoredGeneratedColumnToo() =>
        Assert.Contains("generated column 'label'",
            (await ReadWith("ALTER TABLE parcels RENAME TO p0; CREATE TABLE parcels (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT, " +
                            "label TEXT GENERATED ALWAYS AS (upper(name)) STORED); INSERT INTO parcels (fid, geom, name) SELECT * FROM p0; DROP TABLE p0;")).FileProblem,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("gpkg_contents")]
    [InlineData("gpkg_geometry_columns")]
    [InlineData("gpkg_spatial_ref_sys")]
    public async Task RefusesAGeoPackageTableThatIsAView(string table) =>
        Assert.Contains($"'{table}' is a view",
            (await ReadWith($"ALTER TABLE {table} RENAME TO {table}_data; CREATE VIEW {table} AS SELECT * FROM {table}_data;")).FileProblem,
            StringComparison.Ordinal);

    [Fact]
    public async Task RefusesAFeatureTableThatIsAVirtualTable() =>
        Assert.Contains("'parcels' is a virtual table",
            (await ReadWith("DROP TABLE parcels; CREATE VIRTUAL TABLE parcels USING rtree(fid, minx, maxx, miny, maxy);")).FileProblem,
            StringComparison.Ordinal);

    [Fact]
    public async Task ReadsAGeoPackageWithASpatialIndexAndItsTriggersAsGdalWritesIt()
    {
        // GDAL's R-tree and the triggers that keep it: on every feature table of a real file, and never run by reading.
        var source = await ReadWith("""
            CREATE VIRTUAL TABLE rtree_parcels_geom USING rtree(id, minx, maxx, miny, maxy);
            CREATE TRIGGER rtree_parcels_geom_insert AFTER INSERT ON parcels WHEN (new.geom NOT NULL)
              BEGIN INSERT OR REPLACE INTO rtree_parcels_geom VALUES (NEW.fid, 0, 0, 0, 0); END;
            CREATE VIEW parcel_names AS SELECT name FROM parcels;
            """);

        Assert.Null(source.FileProblem);
        Assert.Equal(["1", "2", "3"], source.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task RefusesAFeatureTableWhoseValuesOutweighTheFile()
    {
        // a column default stored once in the schema, which SQLite repeats for every row written before the column was added
        var source = await ReadWith("ALTER TABLE parcels ADD COLUMN padding BLOB DEFAULT x'" + new string('0', 2 * 64_000) + "';");

        Assert.Contains("more than the file's own", source.FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAnSqliteDatabaseThatIsNoGeoPackage() =>
        Assert.Contains("not a readable GeoPackage", (await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326), "DROP TABLE gpkg_contents;"))).FileProblem, StringComparison.Ordinal);

    [Fact]
    public async Task RefusesADamagedDatabase()
    {
        var gpkg = ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326));
        Array.Fill(gpkg, (byte)0x5A, 100, gpkg.Length - 100); // keep the header, garble the pages

        Assert.Contains("not a readable GeoPackage", (await Read(gpkg)).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsAnUnclosedRingAsAnUnreadableFeatureInsteadOfClosingIt()
    {
        var blob = Blob(Parcels.Valid[0].Wkt);
        BitConverter.GetBytes(120.9301).CopyTo(blob, blob.Length - 16); // the closing position's x no longer repeats the first

        var source = await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326), Insert(blob)));

        Assert.Contains("unreadable geometry blob", source.Features[3].Problem, StringComparison.Ordinal);
        Assert.Null(source.Features[3].Geometry);
    }

    [Fact]
    public async Task RefusesABlobThatClaimsMorePointsThanItHoldsWithoutAllocatingThem()
    {
        var blob = Blob(Parcels.Valid[0].Wkt);
        BitConverter.GetBytes(0x10000000).CopyTo(blob, 8 + 32 + 9); // after header and envelope, the ring's point count: 268 million

        var source = await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326), Insert(blob)));

        Assert.Contains("counts more parts or points than it holds", source.Features[3].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesMoreFeaturesThanTheLimit() =>
        Assert.Contains("more than the limit of 2", (await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326)), limits: new ImportLimits(MaxFeatures: 2))).FileProblem, StringComparison.Ordinal);

    [Fact]
    public async Task LeavesNoTemporaryFileBehind()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "spatialplan-import-*").Length;

        await Read(ImportFiles.GeoPackage(LonLatParcels(), ImportFiles.Epsg(4326)));

        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "spatialplan-import-*").Length);
    }
}
