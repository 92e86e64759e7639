using SpatialPlan.Core.Import;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Reads an uploaded file of built-up parcels whatever its format, told apart by its first bytes (the file
/// name is the uploader's and proves nothing): a zip is a shapefile, an SQLite database a GeoPackage, JSON a
/// GeoJSON FeatureCollection. Then <see cref="BuiltUpImportOp"/> checks what was read.
/// </summary>
public static class BuiltUpFileReader
{
    private static readonly byte[] ZipMagic = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] EmptyZipMagic = "PK\u0005\u0006"u8.ToArray();
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    /// <param name="content">The whole file, already size-capped by the caller.</param>
    /// <param name="declared">The CRS the request declared, or null.</param>
    /// <param name="encoding">A shapefile's attribute encoding as the request names it, or null (see <see cref="ShapefileZipReader"/>).</param>
    public static async Task<ImportSource> ReadAsync(
        byte[] content, SourceCrs? declared, ImportLimits limits, CancellationToken cancellationToken, string? encoding = null)
    {
        var span = content.AsSpan();
        if (span.StartsWith(ZipMagic) || span.StartsWith(EmptyZipMagic))
        {
            using var zip = new MemoryStream(content, writable: false);
            return ShapefileZipReader.Read(zip, declared, limits, encoding);
        }

        if (span.StartsWith(SqliteMagic))
        {
            return await ReadGeoPackageAsync(content, declared, limits, cancellationToken);
        }

        if (LooksLikeJson(span))
        {
            return GeoJsonImportReader.Read(content, declared, limits);
        }

        return ImportSource.Unusable("unknown",
            "not a GeoJSON FeatureCollection, a zipped shapefile (.shp, .shx, .dbf, .prj) or a GeoPackage");
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        var first = content.TrimStart(" \t\r\n"u8);
        return !first.IsEmpty && first[0] is (byte)'{' or (byte)'[';
    }

    private static async Task<ImportSource> ReadGeoPackageAsync(byte[] content, SourceCrs? declared, ImportLimits limits, CancellationToken cancellationToken)
    {
        // SQLite reads files, not memory: a private temporary copy, deleted however the read ends.
        var path = Path.Combine(Path.GetTempPath(), $"spatialplan-import-{Guid.NewGuid():N}.gpkg");
        try
        {
            await File.WriteAllBytesAsync(path, content, cancellationToken);
            return await GeoPackageReader.ReadAsync(path, declared, limits, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
