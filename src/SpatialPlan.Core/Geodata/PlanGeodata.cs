using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// The plan's data as loaded and validated at start-up: the catalogue, each shipped collection's features
/// (<see cref="Collections"/>) and the configured extra collections that are read from their files on first use
/// (<see cref="Deferred"/>). Every layer of the catalogue is in exactly one of the two.
/// </summary>
public sealed record PlanGeodata(
    LayerCatalogue Catalogue,
    IReadOnlyDictionary<string, IReadOnlyList<PlanFeature>> Collections)
{
    /// <summary>Extra collections by id, read on first use; empty when none are configured.</summary>
    public IReadOnlyDictionary<string, DeferredLayer> Deferred { get; init; } =
        new Dictionary<string, DeferredLayer>(StringComparer.Ordinal);

    /// <summary>A collection's features, reading a deferred one now if it has not been read yet.</summary>
    /// <exception cref="GeodataException">A deferred collection's file has a problem.</exception>
    public IReadOnlyList<PlanFeature> FeaturesOf(string collectionId) =>
        Deferred.TryGetValue(collectionId, out var deferred) ? deferred.Features : Collections[collectionId];
}
