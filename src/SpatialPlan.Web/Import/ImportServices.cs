using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Import;

/// <summary>Imports of built-up parcels: the limits of uploads and of their contents.</summary>
public static class ImportServices
{
    public static IServiceCollection AddBuiltUpImport(this IServiceCollection services)
    {
        services.AddSettings<BuiltUpImportOptions>(BuiltUpImportOptions.Section,
            o => o.MaxUploadBytes >= 1024 && o.MaxFeatures >= 1 && o.MaxVerticesPerFeature >= 4 &&
                 o.MaxEntryBytes >= 1024 && o.MaxUncompressedBytes >= o.MaxEntryBytes && o.MaxZipEntries >= 1,
            "BuiltUpImportOptions: every limit must be positive, MaxUncompressedBytes at least MaxEntryBytes");
        return services;
    }
}
