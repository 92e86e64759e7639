using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>The app on a real Kestrel port with an extra collection of <see cref="Count"/> synthetic parcels, for GIS
/// clients that copy a whole collection; on the embedded store here, on PostGIS in the derived factory.</summary>
public class ParcelsOnKestrelFactory : SpatialPlanAppFactory, IAsyncLifetime
{
    public const int Count = 10_000;
    public const int Seed = 14;

    private readonly TempDirectory _files = new();

    public ParcelsOnKestrelFactory()
    {
        var features = new JsonArray([.. SyntheticParcels.Features(Count, Seed)]);
        File.WriteAllText(ParcelsPath, new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());
        UseKestrel(0);
    }

    public string ParcelsPath => _files.File("parcels.geojson");

    /// <summary>A folder for the clients' output files, removed with the factory.</summary>
    public string OutputFile(string name) => _files.File(name);

    public string BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Id", SyntheticParcels.CollectionId);
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Title", "地籍 Parcels");
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Path", ParcelsPath);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same on PostGIS, over a database of its own.</summary>
public sealed class ParcelsOnKestrelPostGisFactory : ParcelsOnKestrelFactory
{
    private readonly PostGisDatabase _database = new();

    public override string StoreKind => "postgis";

    protected override string? ConnectionString => _database.ConnectionString;

    public override void RequireStore() => PostGisServer.Require();

    public override ValueTask InitializeAsync() => _database.InitializeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
