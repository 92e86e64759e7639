using SpatialPlan.Web.Import;
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
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MeasureService>();
        services.AddSingleton<SpatialPlan.Web.Records.BuiltUpRecords>();
        services.AddSingleton<SpatialPlan.Web.Records.TargetProgress>();
        services.AddOptions<BuiltUpImportOptions>().BindConfiguration(nameof(BuiltUpImportOptions))
            .Validate(o => o.MaxUploadBytes >= 1024 && o.MaxFeatures >= 1 && o.MaxVerticesPerFeature >= 4 &&
                           o.MaxEntryBytes >= 1024 && o.MaxUncompressedBytes >= o.MaxEntryBytes && o.MaxZipEntries >= 1,
                "BuiltUpImportOptions: every limit must be positive, MaxUncompressedBytes at least MaxEntryBytes")
            .ValidateOnStart();
        return services;
    }
}
