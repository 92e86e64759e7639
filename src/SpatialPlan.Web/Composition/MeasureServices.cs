using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Composition;

/// <summary>Measurement of drawn shapes and checks of built-up imports: their limits and the cached zones.</summary>
public static class MeasureServices
{
    public static IServiceCollection AddMeasurement(this IServiceCollection services)
    {
        services.AddOptions<MeasureOptions>().BindConfiguration(nameof(MeasureOptions))
            .Validate(o => o.MaxVertices >= 4 && o.MaxBodyBytes >= 1024, "need MaxVertices >= 4 and MaxBodyBytes >= 1024")
            .ValidateOnStart();
        services.AddSingleton<BreakdownRegionsCache>();
        return services;
    }
}
