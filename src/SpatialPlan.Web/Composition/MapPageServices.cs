using SpatialPlan.Web.Components;
using SpatialPlan.Web.Configuration;
using SpatialPlan.Web.Map;
using SpatialPlan.Web.Tiles;

namespace SpatialPlan.Web.Composition;

/// <summary>The Blazor map page and what it uses: search, its reads of the store and the optional Tianditu proxy.</summary>
public static class MapPageServices
{
    public static IServiceCollection AddMapPage(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton<PlaceSearch>();
        services.AddSingleton<PlanMapData>();
        services.AddOptions<MapPageOptions>().BindConfiguration(nameof(MapPageOptions));
        services.AddOptions<TiandituOptions>().BindConfiguration(TiandituOptions.Section);
        services.AddHttpClient(TiandituEndpoints.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    public static WebApplication MapMapPage(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapTiandituEndpoints();
        return app;
    }
}
