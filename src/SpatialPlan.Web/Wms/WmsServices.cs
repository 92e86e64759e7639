using SpatialPlan.Rendering.Image;

namespace SpatialPlan.Web.Wms;

/// <summary>WMS: the bare map renderer over the configured store (the export's font, render gate and limits are shared).</summary>
public static class WmsServices
{
    public static IServiceCollection AddWms(this IServiceCollection services)
    {
        services.AddSingleton<MapImageRenderer>();
        return services;
    }
}
