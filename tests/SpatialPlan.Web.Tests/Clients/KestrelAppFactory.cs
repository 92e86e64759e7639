using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>The app on a real Kestrel socket (a free loopback port), for clients that are separate programs.</summary>
public sealed class KestrelAppFactory : SpatialPlanAppFactory
{
    public KestrelAppFactory() => UseKestrel(0);

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
