using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>The app on a real Kestrel socket (a free loopback port), for clients that are separate programs.</summary>
public class KestrelAppFactory : SpatialPlanAppFactory
{
    private readonly (string Key, string Value)[] _settings;

    public KestrelAppFactory()
        : this([])
    {
    }

    /// <summary>With configuration overridden, for derived factories (Kestrel limits).</summary>
    protected KestrelAppFactory((string Key, string Value)[] settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }
    }
}
