using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Embedded;

/// <summary>The embedded store has no server to wait for: none of its failures pass with time.</summary>
public sealed class EmbeddedFaults : IStoreFaultClassifier
{
    public StoreFault? Classify(Exception exception) => null;
}
