using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SpatialPlan.TestSupport;

namespace SpatialPlan.E2E.Tests;

/// <summary>
/// The app on a loopback Kestrel port with the real geodata, and one planner's record whose name is an
/// HTML injection attempt: the page must show it as text.
/// </summary>
public sealed class MapAppFixture : WebApplicationFactory<Program>
{
    public const string HostileName = "<img src=x onerror=alert(1)>";

    /// <summary>A small square in open water south-east of 洞头, away from every line of the plan.</summary>
    public static readonly (double Lon, double Lat) HostileRecordCentre = (121.26, 27.745);

    public const string PlannerName = "wang";
    public const string PlannerPassword = "e2e-password-温州";

    /// <summary>A second planner, who writes through the API (to make the first one's edit conflict).</summary>
    public const string OtherPlannerApiKey = "e2e-api-key-li-0123456789";

    private readonly TempDirectory _data = new();

    public MapAppFixture()
    {
        var (lon, lat) = HostileRecordCentre;
        var ring = new JsonArray(
            new JsonArray(lon - 0.02, lat - 0.015), new JsonArray(lon + 0.02, lat - 0.015),
            new JsonArray(lon + 0.02, lat + 0.015), new JsonArray(lon - 0.02, lat + 0.015), new JsonArray(lon - 0.02, lat - 0.015));
        var record = new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = "hostile-1",
            ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) },
            ["properties"] = new JsonObject { ["name_zh"] = HostileName, ["name_en"] = HostileName, ["note"] = "<script>alert(2)</script>" },
        };
        File.WriteAllText(_data.File("built-up.geojson"),
            new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(record) }.ToJsonString());
        UseKestrel(0);
    }

    public string BaseAddress
    {
        get
        {
            StartServer();
            return LoopbackAddress.Of(Services);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.EnableMapTestHooks();
        builder.UseSetting("SpatialPlan:DataDirectory", _data.Path);
        builder.UseSetting("Planners:Accounts:0:Name", PlannerName);
        builder.UseSetting("Planners:Accounts:0:DisplayName", "王工");
        builder.UseSetting("Planners:Accounts:0:PasswordHash", SpatialPlan.Web.Auth.PlannerDirectory.HashPassword(PlannerPassword));
        builder.UseSetting("Planners:Accounts:1:Name", "li");
        builder.UseSetting("Planners:Accounts:1:DisplayName", "李工");
        builder.UseSetting("Planners:Accounts:1:ApiKeySha256", SpatialPlan.Web.Auth.PlannerDirectory.Sha256Hex(OtherPlannerApiKey));
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
