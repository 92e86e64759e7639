using SpatialPlan.Web.Components;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Map;

/// <summary>The Blazor map page and what it uses: search, its reads of the store, its options.</summary>
public static class MapPageServices
{
    public static IServiceCollection AddMapPage(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton(_ => PinyinIndex.Shipped());
        services.AddSingleton<PlaceSearch>();
        services.AddSingleton<PlanMapData>();
        services.AddSettings<MapPageOptions>(MapPageOptions.Section, o => LocalTime.Zone(o.TimeZone) is not null,
            $"{MapPageOptions.Section}:TimeZone must name a time zone of this system, e.g. Asia/Shanghai");
        return services;
    }

    public static WebApplication MapMapPage(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
