using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>The embedded store in one call: the plan in memory, planners' records in the <c>options</c>'
/// data folder, vector tiles cut from the same index, no bulkhead.</summary>
public static class EmbeddedRegistration
{
    public static IServiceCollection AddEmbeddedStore(this IServiceCollection services, Func<IServiceProvider, GeoJsonStoreOptions> options)
    {
        services.AddSingleton(sp => new GeoJsonStore(sp.GetRequiredService<PlanGeodata>(), options(sp)));
        return services.AddStore<GeoJsonStore>(
            sp => new EmbeddedVectorTiles(sp.GetRequiredService<GeoJsonStore>()),
            new EmbeddedFaults(),
            _ => null);
    }
}
