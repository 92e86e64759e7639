using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SpatialPlan.Web.Http;

/// <summary>
/// Health for a proxy or an orchestrator: <c>/health/live</c> says the process answers (restart it if not) and runs no
/// check; <c>/health/ready</c> runs every check (the store's database) and says whether to send it traffic;
/// <c>/health</c> is <c>/health/ready</c> under its older name. Each answers <c>Healthy</c> (200) or <c>Unhealthy</c> (503).
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health").ExcludeFromDescription();
        app.MapHealthChecks("/health/ready").ExcludeFromDescription();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription();
        return app;
    }
}
