using Microsoft.AspNetCore.Hosting;
using SpatialPlan.Web.Configuration;

namespace SpatialPlan.E2E.Tests;

/// <summary>The tests' apps load the map's test hooks (<c>js/map/test-hooks.js</c>), which production pages never do.</summary>
public static class MapTestHooks
{
    public static IWebHostBuilder EnableMapTestHooks(this IWebHostBuilder builder) =>
        builder.UseSetting($"{nameof(MapPageOptions)}:{nameof(MapPageOptions.TestHooks)}", "true");
}
