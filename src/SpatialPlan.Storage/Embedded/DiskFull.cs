using Microsoft.Data.Sqlite;

namespace SpatialPlan.Storage.Embedded;

/// <summary>Tells "the disk is full" from other write failures, as the file system and SQLite report it.</summary>
internal static class DiskFull
{
    private const int Enospc = 28; // .NET on Unix carries errno as the IOException's HResult
    private const int WindowsDiskFull = 0x70; // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = 0x27; // ERROR_HANDLE_DISK_FULL
    private const int SqliteFull = 13; // SQLITE_FULL: "database or disk is full", ENOSPC inside SQLite included

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions says the storage is full.</summary>
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull } || e is IOException io && IsFull(io))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFull(IOException io) =>
        io.HResult == Enospc
        || (io.HResult & 0xFFFF) is WindowsDiskFull or WindowsHandleDiskFull && (io.HResult >>> 16) == 0x8007
        || io.Message.Contains("No space left on device", StringComparison.Ordinal);
}
