using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Measure;

/// <summary>Measurement of drawn shapes: its limits, the cached zones and phases, and the measure sequence.</summary>
public static class MeasureServices
{
    public static IServiceCollection AddMeasurement(this IServiceCollection services)
    {
        services.AddSettings<MeasureOptions>(MeasureOptions.Section,
            o => o.MaxVertices >= 4 && o.MaxBodyBytes >= 1024, "need MaxVertices >= 4 and MaxBodyBytes >= 1024");
        services.AddSingleton<BreakdownRegionsCache>();
        services.AddSingleton<MeasureService>();
        return services;
    }
}
