using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Ogc;

/// <summary>OGC API – Features: the paging limits of the items endpoints.</summary>
public static class OgcServices
{
    public static IServiceCollection AddOgcFeatures(this IServiceCollection services)
    {
        services.AddSettings<FeatureApiOptions>(FeatureApiOptions.Section,
            o => o.LimitDefault >= 1 && o.LimitMax >= o.LimitDefault, "need 1 <= LimitDefault <= LimitMax");
        services.AddSingleton(sp => new ReadOnlyValidators(
            sp.GetRequiredService<SpatialPlan.Core.Geodata.PlanGeodata>(), Plan.PlanDataServices.GeodataPath(sp)));
        return services;
    }
}
