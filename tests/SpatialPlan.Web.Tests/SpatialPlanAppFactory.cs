using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests;

/// <summary>
/// Hosts the real <c>Program</c> with the real geodata; only configuration is overridden: the planners'
/// records go to a folder of this factory's own.
/// </summary>
public class SpatialPlanAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("SpatialPlan:DataDirectory", _data.Path);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
