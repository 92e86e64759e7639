using Microsoft.AspNetCore.Hosting;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.ExtraCollections;

/// <summary>The app on the embedded store with <see cref="ExtraCollectionFile"/> configured.</summary>
public class ExtraCollectionAppFactory : SpatialPlanAppFactory
{
    private readonly TempDirectory _files = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var path = _files.File("parcels.geojson");
        File.WriteAllText(path, ExtraCollectionFile.Content);
        ExtraCollectionFile.Configure(builder, ExtraCollectionFile.Id, path);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _files.Dispose();
        }
    }
}
