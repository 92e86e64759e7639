using Microsoft.AspNetCore.Hosting;

namespace SpatialPlan.Web.Tests.ExtraCollections;

/// <summary>The app on the embedded store with one extra collection configured as the test says.</summary>
public sealed class BadExtraCollectionAppFactory(string id, string path) : SpatialPlanAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ExtraCollectionFile.Configure(builder, id, path);
    }
}
