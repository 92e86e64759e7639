using Microsoft.EntityFrameworkCore;

namespace SpatialPlan.Storage.PostGis;

/// <summary>The PostGIS schema: <c>collections</c> and <c>features</c> (see their configuration classes).</summary>
public sealed class SpatialPlanDbContext(DbContextOptions<SpatialPlanDbContext> options) : DbContext(options)
{
    public DbSet<CollectionRow> Collections => Set<CollectionRow>();

    public DbSet<FeatureRow> Features => Set<FeatureRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfiguration(new CollectionRowConfiguration());
        modelBuilder.ApplyConfiguration(new FeatureRowConfiguration());
    }
}
