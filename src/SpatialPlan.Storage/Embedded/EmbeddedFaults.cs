using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Embedded;

/// <summary>The embedded store has no server to wait for: none of its failures pass with time. A full disk is named
/// (<see cref="StoreFault.StorageFull"/>): the write was refused whole, and the next one after space is freed succeeds.</summary>
public sealed class EmbeddedFaults : IStoreFaultClassifier
{
    public StoreFault? Classify(Exception exception) => DiskFull.Is(exception) ? StoreFault.StorageFull : null;
}
