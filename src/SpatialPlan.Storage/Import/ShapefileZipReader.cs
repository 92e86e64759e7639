using System.Globalization;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Import;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Reads a zipped ESRI shapefile of built-up parcels: one .shp with its .dbf, its .prj (the CRS; without one
/// the request must declare it) and optionally .shx and .cpg (the attribute encoding, e.g. UTF-8 or GBK; without one
/// the encoding is detected, see <see cref="AttributeEncoding.Choose"/>, and the request may name it).
/// Shapes the library finds invalid are passed on as they are, for the checks to report.
/// </summary>
public static class ShapefileZipReader
{
    private static readonly string[] Parts = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    /// <param name="encoding">The attributes' encoding as the request names it (a canonical
    /// <see cref="AttributeEncoding"/> name), or null to take the .cpg's or detect it.</param>
    public static ImportSource Read(Stream zip, SourceCrs? declared, ImportLimits limits, string? encoding = null)
    {
        var zipped = SafeZip.Read(zip, limits, name => Parts.Contains(Path.GetExtension(name).ToLowerInvariant()));
        if (zipped.Problem is not null)
        {
            return ImportSource.Unusable(ImportSource.Shapefile, zipped.Problem);
        }

        var shps = zipped.Files.Keys.Where(n => n.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        if (shps.Count != 1)
        {
            return ImportSource.Unusable(ImportSource.Shapefile, shps.Count == 0
                ? "the zip holds no .shp file (a shapefile is .shp, .shx, .dbf and .prj zipped together)"
                : $"the zip holds {shps.Count} shapefiles ({string.Join(", ", shps.Take(5))}): upload one at a time");
        }

        var stem = shps[0][..^4];
        byte[]? Part(string extension) => zipped.Files.FirstOrDefault(f => string.Equals(f.Key, stem + extension, StringComparison.OrdinalIgnoreCase)).Value;
        var (shp, dbf, prj) = (Part(".shp")!, Part(".dbf"), Part(".prj"));
        if (dbf is null)
        {
            return ImportSource.Unusable(ImportSource.Shapefile, $"'{Path.GetFileName(stem)}.dbf' is missing: a shapefile needs its attribute table");
        }

        var recognition = prj is null ? null : CrsRecognizer.FromWkt(Encoding.UTF8.GetString(prj));
        var (crs, from, crsProblem) = ImportSource.ResolveCrs(declared, recognition?.Crs, recognition?.Problem, ".prj", fallback: null);
        if (crsProblem is not null)
        {
            return ImportSource.Unusable(ImportSource.Shapefile, crsProblem);
        }

        var structureProblem = ShpStructure.Problem(shp);
        if (structureProblem is not null)
        {
            return ImportSource.Unusable(ImportSource.Shapefile, "unreadable .shp: " + structureProblem);
        }

        if (AttributeEncoding.Choose(dbf, Part(".cpg"), encoding) is not { } chosen)
        {
            return ImportSource.Unusable(ImportSource.Shapefile,
                $"the attribute table is neither UTF-8 nor GB18030 text: declare its encoding ({AttributeEncoding.Supported})");
        }

        var (features, readProblem) = ReadFeatures(shp, dbf, chosen.Encoding, limits);
        return readProblem is null
            ? new ImportSource(ImportSource.Shapefile, crs, from, features, Encoding: chosen)
            : ImportSource.Unusable(ImportSource.Shapefile, readProblem);
    }

    private static (IReadOnlyList<ImportCandidate> Features, string? Problem) ReadFeatures(byte[] shp, byte[] dbf, Encoding encoding, ImportLimits limits)
    {
        var options = new ShapefileReaderOptions
        {
            Factory = GeometryFactories.LonLat,
            GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes, // report invalid shapes, do not fix or skip them
            Encoding = encoding,
        };
        try
        {
            using var reader = Shapefile.OpenRead(new MemoryStream(shp), new MemoryStream(dbf), options);
            if (reader.RecordCount > limits.MaxFeatures)
            {
                return ([], $"{reader.RecordCount} features, more than the limit of {limits.MaxFeatures}");
            }

            var candidates = new List<ImportCandidate>();
            for (var index = 0; reader.Read(out var deleted, out var feature); index++)
            {
                if (!deleted)
                {
                    candidates.Add(new ImportCandidate(index, Id(feature.Attributes), feature.Geometry, feature.Attributes));
                }
            }

            return (candidates, null);
        }
        catch (Exception e) when (IsBadData(e))
        {
            return ([], "unreadable shapefile: " + e.Message);
        }
    }

    /// <summary>What a damaged .shp or .dbf makes the library throw.</summary>
    private static bool IsBadData(Exception e) =>
        e is ShapefileException or IOException or InvalidDataException or ArgumentException or FormatException or
            NotSupportedException or InvalidOperationException or IndexOutOfRangeException or OverflowException or InvalidCastException;

    /// <summary>The value of an <c>id</c> field (any case), as text.</summary>
    private static string? Id(IAttributesTable attributes)
    {
        var name = attributes.GetNames().FirstOrDefault(n => string.Equals(n, "id", StringComparison.OrdinalIgnoreCase));
        return name is null ? null : Convert.ToString(attributes[name], CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } id ? id : null;
    }
}
