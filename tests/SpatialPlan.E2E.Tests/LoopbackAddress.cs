using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SpatialPlan.E2E.Tests;

/// <summary>Where a started test server listens, as the browser should ask for it: 127.0.0.1, no trailing slash.</summary>
internal static class LoopbackAddress
{
    public static string Of(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
