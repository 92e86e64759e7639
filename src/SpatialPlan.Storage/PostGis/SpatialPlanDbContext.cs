using Microsoft.EntityFrameworkCore;

namespace SpatialPlan.Storage.PostGis;

/// <summary>The PostGIS schema: <c>collections</c>, <c>features</c> and <c>feature_versions</c> (see their configuration classes).</summary>
public sealed class SpatialPlanDbContext(DbContextOptions<SpatialPlanDbContext> options) : DbContext(options)
{
    public DbSet<CollectionRow> Collections => Set<CollectionRow>();

    public DbSet<FeatureRow> Features => Set<FeatureRow>();

    public DbSet<FeatureVersionRow> FeatureVersions => Set<FeatureVersionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfiguration(new CollectionRowConfiguration());
        modelBuilder.ApplyConfiguration(new FeatureRowConfiguration());
        modelBuilder.ApplyConfiguration(new FeatureVersionRowConfiguration());
    }
}
