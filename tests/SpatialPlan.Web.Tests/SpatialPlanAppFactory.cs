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
    /// <summary>The one planner configured for tests (hashes only, as in production).</summary>
    public const string PlannerName = "tester";
    public const string PlannerPassword = "correct horse battery staple";
    public const string PlannerApiKey = "test-api-key-0123456789";

    private static readonly string PasswordHash = SpatialPlan.Web.Auth.PlannerDirectory.HashPassword(PlannerPassword);

    private readonly TempDirectory _data = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("SpatialPlan:DataDirectory", _data.Path);
        builder.UseSetting("Planners:Accounts:0:Name", PlannerName);
        builder.UseSetting("Planners:Accounts:0:DisplayName", "测试规划师");
        builder.UseSetting("Planners:Accounts:0:PasswordHash", PasswordHash);
        builder.UseSetting("Planners:Accounts:0:ApiKeySha256", SpatialPlan.Web.Auth.PlannerDirectory.Sha256Hex(PlannerApiKey));
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
