using System.IO.Compression;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Reads the wanted files of an uploaded zip into memory, never onto disk, and refuses a hostile archive:
/// an entry name that is absolute or climbs with "..", too many entries, an entry or a total that inflates
/// beyond the limits (zip bombs; the declared sizes are checked first and the real ones while inflating,
/// since declared sizes can lie), or data that does not inflate.
/// </summary>
public static class SafeZip
{
    /// <summary>The wanted files by their full name in the archive, or the reason the archive is refused.</summary>
    public sealed record Result(IReadOnlyDictionary<string, byte[]> Files, string? Problem);

    /// <param name="zip">The archive; must be seekable.</param>
    /// <param name="limits">Entry count, entry size and total size limits.</param>
    /// <param name="wanted">Which entries to inflate, by name; others are only checked by name.</param>
    public static Result Read(Stream zip, ImportLimits limits, Func<string, bool> wanted)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            return ReadEntries(archive, limits, wanted);
        }
        catch (InvalidDataException e)
        {
            return Refuse("not a readable zip archive: " + e.Message);
        }
        catch (NotSupportedException e)
        {
            return Refuse("the zip uses a feature that is not supported (encryption?): " + e.Message);
        }
    }

    /// <summary>True for a name that could write outside a target folder: absolute, "..", drive letters, backslashes, NUL.</summary>
    public static bool IsUnsafeName(string name) =>
        name.Length == 0 || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) ||
        name.Contains(':', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal) ||
        name.Split('/').Any(segment => segment == "..");

    private static Result ReadEntries(ZipArchive archive, ImportLimits limits, Func<string, bool> wanted)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            return Refuse($"the zip holds {archive.Entries.Count} entries, more than the limit of {limits.MaxEntries}");
        }

        var unsafeName = archive.Entries.FirstOrDefault(e => IsUnsafeName(e.FullName));
        if (unsafeName is not null)
        {
            return Refuse($"the entry name '{EchoedText.Shorten(unsafeName.FullName, 80)}' is unsafe (absolute, '..' or a drive): the archive is refused");
        }

        var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) && wanted(e.FullName)).ToList();
        var declaredTooLarge = entries.FirstOrDefault(e => e.Length > limits.MaxEntryBytes);
        if (declaredTooLarge is not null || entries.Sum(e => e.Length) > limits.MaxTotalBytes)
        {
            return Refuse($"the zip inflates to more than the limits ({limits.MaxEntryBytes / 1048576} MB per file, {limits.MaxTotalBytes / 1048576} MB in all)");
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long total = 0;
        foreach (var entry in entries)
        {
            var bytes = Inflate(entry, Math.Min(limits.MaxEntryBytes, limits.MaxTotalBytes - total));
            if (bytes is null)
            {
                return Refuse($"the entry '{EchoedText.Shorten(entry.FullName, 80)}' inflates beyond its declared size or the limits: the archive is refused");
            }

            total += bytes.Length;
            files[entry.FullName] = bytes;
        }

        return new Result(files, null);
    }

    /// <summary>The inflated bytes, or null when they exceed <paramref name="limit"/>.</summary>
    private static byte[]? Inflate(ZipArchiveEntry entry, long limit)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > limit)
            {
                return null;
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }

    private static Result Refuse(string problem) => new(new Dictionary<string, byte[]>(), problem);
}
