using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SpatialPlan.Storage.PostGis;

/// <summary>The PostGIS schema: <c>collections</c>, <c>features</c> and <c>feature_versions</c> (see their configuration
/// classes), and <c>data_protection_keys</c>, the key ring every app node shares.</summary>
public sealed class SpatialPlanDbContext(DbContextOptions<SpatialPlanDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<CollectionRow> Collections => Set<CollectionRow>();

    public DbSet<FeatureRow> Features => Set<FeatureRow>();

    public DbSet<FeatureVersionRow> FeatureVersions => Set<FeatureVersionRow>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfiguration(new CollectionRowConfiguration());
        modelBuilder.ApplyConfiguration(new FeatureRowConfiguration());
        modelBuilder.ApplyConfiguration(new FeatureVersionRowConfiguration());
        modelBuilder.ApplyConfiguration(new DataProtectionKeyConfiguration());
    }
}
