using Microsoft.Data.Sqlite;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.Embedded;

namespace SpatialPlan.Storage.Tests.Embedded;

/// <summary>Which of the embedded store's failures get a name: only a full disk, however it is reported.</summary>
public sealed class EmbeddedFaultsTests
{
    private static readonly EmbeddedFaults Faults = new();

    [Fact]
    public void NamesENOSPCAsStorageFull() =>
        Assert.Equal(StoreFault.StorageFull, Faults.Classify(new IOException("No space left on device : '/data/records.sqlite'", 28)));

    [Fact]
    public void NamesTheWindowsDiskFullErrorAsStorageFull() =>
        Assert.Equal(StoreFault.StorageFull, Faults.Classify(new IOException("There is not enough space on the disk.", unchecked((int)0x80070070))));

    [Fact]
    public void NamesSQLiteFullAsStorageFull() =>
        Assert.Equal(StoreFault.StorageFull, Faults.Classify(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)));

    [Fact]
    public void LooksIntoInnerExceptions() =>
        Assert.Equal(StoreFault.StorageFull, Faults.Classify(new AggregateException(new IOException("No space left on device"))));

    [Fact]
    public void LeavesOtherFailuresUnnamed()
    {
        Assert.Null(Faults.Classify(new IOException("Permission denied", 13)));
        Assert.Null(Faults.Classify(new SqliteException("SQLite Error 5: 'database is locked'.", 5)));
        Assert.Null(Faults.Classify(new InvalidOperationException("a bug")));
    }
}
