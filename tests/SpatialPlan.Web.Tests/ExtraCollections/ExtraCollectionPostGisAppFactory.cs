using Microsoft.AspNetCore.Hosting;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.ExtraCollections;

/// <summary>The app on the PostGIS store with <see cref="ExtraCollectionFile"/> configured (seeded like geodata).</summary>
public sealed class ExtraCollectionPostGisAppFactory : PostGisAppFactory
{
    private readonly TempDirectory _files = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var path = _files.File("parcels.geojson");
        File.WriteAllText(path, ExtraCollectionFile.Content);
        ExtraCollectionFile.Configure(builder, ExtraCollectionFile.Id, path);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Dispose();
    }
}
