using Microsoft.AspNetCore.Hosting;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>The real app with a few export settings overridden, for the font, busy and timeout cases.</summary>
public sealed class ConfiguredAppFactory(params (string Key, string Value)[] settings) : SpatialPlanAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
