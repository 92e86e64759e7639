using Microsoft.EntityFrameworkCore.Design;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without the web app. Adding a migration does not connect;
/// <c>dotnet ef database update</c> uses <c>SPATIALPLAN_DESIGN_DB</c> (or a local default).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SpatialPlanDbContext>
{
    public SpatialPlanDbContext CreateDbContext(string[] args) => new(PostGisConnection.Options(
        Environment.GetEnvironmentVariable("SPATIALPLAN_DESIGN_DB") ??
        "Host=127.0.0.1;Port=5432;Database=spatialplan;Username=postgres"));
}
