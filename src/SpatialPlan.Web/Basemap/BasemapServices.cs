using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Basemap;

/// <summary>The optional Tianditu basemap: its key and the HTTP client of its proxy.</summary>
public static class BasemapServices
{
    public static IServiceCollection AddBasemaps(this IServiceCollection services)
    {
        services.AddSettings<TiandituOptions>(TiandituOptions.Section);
        services.AddHttpClient(TiandituEndpoints.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }
}
