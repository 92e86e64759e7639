using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>The real app with export settings overridden and an exporter whose store reads stall until <see cref="Store"/> is released.</summary>
public sealed class StalledExportAppFactory(params (string Key, string Value)[] settings) : SpatialPlanAppFactory
{
    public StalledStore Store => Services.GetRequiredService<StalledStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(sp => new StalledStore(sp.GetRequiredService<IFeatureReader>()));
            services.AddSingleton(sp => new MapExporter(
                sp.GetRequiredService<LayerCatalogue>(), sp.GetRequiredService<StalledStore>(), sp.GetRequiredService<FontSet>(), TimeProvider.System));
        });
    }
}
