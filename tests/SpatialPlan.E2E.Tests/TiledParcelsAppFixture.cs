using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>The app with an extra collection of <see cref="Count"/> synthetic parcels: above the tiling threshold.</summary>
public sealed class TiledParcelsAppFixture : WebApplicationFactory<Program>
{
    public const int Count = 5_000;

    private readonly TempDirectory _files = new();

    public TiledParcelsAppFixture()
    {
        var features = new JsonArray([.. SyntheticParcels.Features(Count, seed: 7)]);
        File.WriteAllText(_files.File("parcels.geojson"),
            new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());
        UseKestrel(0);
    }

    public string BaseAddress
    {
        get
        {
            StartServer();
            return LoopbackAddress.Of(Services);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.EnableMapTestHooks();
        builder.UseSetting("SpatialPlan:DataDirectory", Directory.CreateDirectory(_files.File("data")).FullName);
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Id", SyntheticParcels.CollectionId);
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Title", "地籍 Parcels");
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Path", _files.File("parcels.geojson"));
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
