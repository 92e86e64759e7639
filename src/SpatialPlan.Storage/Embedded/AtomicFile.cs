namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix:
/// write a temporary file in the same folder, flush it to disk, then rename it over the target.
/// </summary>
internal static class AtomicFile
{
    public const string TemporarySuffix = ".tmp";

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None,
                             bufferSize: 64 * 1024, FileOptions.WriteThrough))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true); // rename(2): atomic on the same file system
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
