using Microsoft.Extensions.Options;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Plan;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Plan;

/// <summary>Registers the plan's data and the store that serves it: PostGIS when <c>ConnectionStrings:SpatialPlan</c>
/// is set, else the embedded GeoJSON store.</summary>
public static class PlanDataServices
{
    /// <summary>The configured connection string that selects the PostGIS store; without it, the embedded store.</summary>
    public const string ConnectionStringName = "SpatialPlan";

    public static IServiceCollection AddPlanData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<SpatialPlanOptions>(SpatialPlanOptions.Section);

        services.AddSingleton(sp => ExtraCollectionLoader.Add(
            GeodataLoader.Load(ShippedPath(sp, o => o.GeodataDirectory)), ExtraSources(sp)));
        services.AddSingleton(sp => PlanDocumentReader.Read(ShippedPath(sp, o => o.SeedsDirectory)));
        services.AddSingleton(sp => sp.GetRequiredService<PlanGeodata>().Catalogue);
        services.AddSingleton<CachedJson.Catalogue>();
        services.AddSingleton<CachedJson.Plan>();
        services.AddHealthChecks();
        services.AddSettings<DatabaseOptions>(DatabaseOptions.Section);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? services.AddEmbeddedStore(sp => new GeoJsonStoreOptions { DataDirectory = DataPath(sp) })
            : services.AddPostGisStore(connectionString);
    }

    /// <summary>Loads and checks everything now, so bad geodata stops start-up instead of a later request.</summary>
    public static WebApplication LoadPlanData(this WebApplication app)
    {
        app.Services.GetRequiredService<IFeatureReader>();
        app.Services.GetRequiredService<CachedJson.Catalogue>();
        app.Services.GetRequiredService<CachedJson.Plan>();
        return app;
    }

    /// <summary>The geodata folder, absolute.</summary>
    internal static string GeodataPath(IServiceProvider sp) => ShippedPath(sp, o => o.GeodataDirectory);

    private static string ShippedPath(IServiceProvider sp, Func<SpatialPlanOptions, string> pick) =>
        Path.GetFullPath(pick(sp.GetRequiredService<IOptions<SpatialPlanOptions>>().Value), AppContext.BaseDirectory);

    private static List<ExtraCollectionSource> ExtraSources(IServiceProvider sp)
    {
        var contentRoot = sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        return sp.GetRequiredService<IOptions<SpatialPlanOptions>>().Value.ExtraCollections
            .Select(e => new ExtraCollectionSource(e.Id, e.Title,
                string.IsNullOrWhiteSpace(e.Path) ? "" : Path.GetFullPath(e.Path, contentRoot)))
            .ToList();
    }

    private static string DataPath(IServiceProvider sp) => Path.GetFullPath(
        sp.GetRequiredService<IOptions<SpatialPlanOptions>>().Value.DataDirectory,
        sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
}
