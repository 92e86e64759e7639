using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Geodata;

/// <summary>The plan's data as loaded and validated at start-up: the catalogue and each collection's features.</summary>
public sealed record PlanGeodata(
    LayerCatalogue Catalogue,
    IReadOnlyDictionary<string, IReadOnlyList<PlanFeature>> Collections);
