using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Plan;

namespace SpatialPlan.Web.Map;

/// <summary>What the map page reads from the store: the extent its first view fits, and a clicked feature's details.</summary>
public sealed class PlanMapData(
    LayerCatalogue catalogue, IFeatureReader store, PlanDocument plan, Microsoft.Extensions.Options.IOptions<MapPageOptions> options)
{
    // Checked at start-up (MapPageServices), so the zone is there.
    private readonly TimeZoneInfo _zone = LocalTime.Zone(options.Value.TimeZone)!;

    /// <summary>The plan's own layers (not the basemap): what the first view shows; null when they are empty.</summary>
    public async Task<Envelope?> StructureExtentAsync(CancellationToken cancellationToken)
    {
        Envelope? fit = null;
        foreach (var layer in catalogue.Layers.Where(l => l.Group is LayerGroup.Structure or LayerGroup.Development))
        {
            if (await store.GetExtentAsync(layer.Id, cancellationToken) is { } extent)
            {
                fit ??= new Envelope();
                fit.ExpandToInclude(extent);
            }
        }

        return fit;
    }

    /// <summary>A feature's details in the page's language, or null for an unknown layer or feature.</summary>
    public async Task<FeatureDetails?> DetailsAsync(string collectionId, string featureId, string language, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return null;
        }

        var feature = await store.GetAsync(collectionId, featureId, cancellationToken);
        return feature is null ? null : FeatureDetails.For(layer, feature, language, catalogue, plan, _zone);
    }
}
