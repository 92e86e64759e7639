using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>Vector tiles: which layers the map draws from tiles, and the tiles' cache headers.</summary>
public static class VectorTileServices
{
    public static IServiceCollection AddVectorTiles(this IServiceCollection services)
    {
        services.AddSettings<VectorTileOptions>(VectorTileOptions.Section,
            o => o.FeatureThreshold >= 0 && o.ReadOnlyMaxAgeSeconds >= 0, "need FeatureThreshold >= 0 and ReadOnlyMaxAgeSeconds >= 0");
        services.AddSingleton<TiledLayers>();
        services.AddSingleton<TileCacheHeaders>();
        return services;
    }
}
