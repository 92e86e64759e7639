using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests;

/// <summary>
/// Hosts the real <c>Program</c> with the real geodata; only configuration is overridden: the planners'
/// records go to a folder of this factory's own, and a derived factory may name a database
/// (<see cref="ConnectionString"/>), which selects the PostGIS store as in production.
/// </summary>
public class SpatialPlanAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The one planner configured for tests (hashes only, as in production).</summary>
    public const string PlannerName = "tester";
    public const string PlannerPassword = "correct horse battery staple";
    public const string PlannerApiKey = "test-api-key-0123456789";

    private static readonly string PasswordHash = SpatialPlan.Web.Auth.PlannerDirectory.HashPassword(PlannerPassword);

    private readonly TempDirectory _data = new();

    /// <summary>The store the app runs on, for test names and messages.</summary>
    public virtual string StoreKind => "embedded";

    /// <summary><c>ConnectionStrings:SpatialPlan</c>; null for the embedded store.</summary>
    protected virtual string? ConnectionString => null;

    /// <summary>Called by tests before they start the app: skips (fails in CI) when the store cannot run here.</summary>
    public virtual void RequireStore()
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("SpatialPlan:DataDirectory", _data.Path);
        builder.UseSetting("Planners:Accounts:0:Name", PlannerName);
        builder.UseSetting("Planners:Accounts:0:DisplayName", "测试规划师");
        builder.UseSetting("Planners:Accounts:0:PasswordHash", PasswordHash);
        builder.UseSetting("Planners:Accounts:0:ApiKeySha256", SpatialPlan.Web.Auth.PlannerDirectory.Sha256Hex(PlannerApiKey));
        if (ConnectionString is { } connectionString)
        {
            builder.UseSetting("ConnectionStrings:SpatialPlan", connectionString);
        }
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
