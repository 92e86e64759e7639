using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;

namespace SpatialPlan.TestSupport;

/// <summary>
/// Builds the files the import tests read: shapefiles written by NetTopologySuite.IO.Esri.Shapefile and
/// zipped in memory, GeoPackages made with SQLite and NetTopologySuite's GeoPackage geometry writer.
/// </summary>
public static class ImportFiles
{
    /// <summary>A shapefile of the features as a zip of .shp, .shx, .dbf (and .cpg), plus .prj when given.</summary>
    /// <param name="extraEntries">More entries (name, content) to put in the zip.</param>
    /// <param name="leaveOut">Extensions to leave out of the zip, e.g. ".shp".</param>
    public static byte[] ShapefileZip(IEnumerable<IFeature> features, string? prj, Encoding? encoding = null,
        IEnumerable<(string Name, byte[] Content)>? extraEntries = null, params string[] leaveOut)
    {
        using var folder = new TempDirectory();
        Shapefile.WriteAllFeatures(features, folder.File("parcels.shp"), projection: null!, encoding ?? Encoding.UTF8);
        if (encoding is not null && encoding.CodePage == 936)
        {
            File.WriteAllText(folder.File("parcels.cpg"), "GBK");
        }

        var entries = Directory.GetFiles(folder.Path)
            .Where(f => !leaveOut.Contains(Path.GetExtension(f)))
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        if (prj is not null)
        {
            entries.Add(("parcels.prj", Encoding.UTF8.GetBytes(prj)));
        }

        return Zip(entries.Concat(extraEntries ?? []));
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The bytes of a GeoPackage with one feature table "parcels" (fid, geom, name) in the given srs.</summary>
    /// <param name="srs">srs_id, organization, its code and WKT definition; srs_id 4326 is always defined too.</param>
    /// <param name="setUp">More SQL to run in the file before it is closed (a second table, a view, …).</param>
    public static byte[] GeoPackage(IEnumerable<(string Name, Geometry Geometry)> features,
        (int Id, string Organization, int Code, string Definition) srs, string? setUp = null)
    {
        using var folder = new TempDirectory();
        var path = folder.File("parcels.gpkg");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, """
                PRAGMA application_id = 1196444487;
                CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '',
                  last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
                CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
                INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84"]', NULL);
                CREATE TABLE parcels (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, name TEXT);
                """);
            if (srs.Id != 4326)
            {
                Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('srs', $id, $org, $code, $definition, NULL)",
                    ("$id", srs.Id), ("$org", srs.Organization), ("$code", srs.Code), ("$definition", srs.Definition));
            }

            Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('parcels', 'features', 'parcels', $id)", ("$id", srs.Id));
            Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ('parcels', 'geom', 'MULTIPOLYGON', $id, 0, 0)", ("$id", srs.Id));
            var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
            foreach (var (name, geometry) in features)
            {
                geometry.SRID = srs.Id;
                Execute(connection, "INSERT INTO parcels (geom, name) VALUES ($geom, $name)", ("$geom", writer.Write(geometry)), ("$name", name));
            }

            if (setUp is not null)
            {
                Execute(connection, setUp);
            }
        }

        return File.ReadAllBytes(path);
    }

    public static (int, string, int, string) Epsg(int code) => (code, "EPSG", code, $"EPSG:{code}");

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
