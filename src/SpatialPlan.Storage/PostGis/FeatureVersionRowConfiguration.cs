using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>Table <c>feature_versions</c>: append-only history of writable collections, one row per version.</summary>
internal sealed class FeatureVersionRowConfiguration : IEntityTypeConfiguration<FeatureVersionRow>
{
    public void Configure(EntityTypeBuilder<FeatureVersionRow> builder)
    {
        builder.ToTable("feature_versions");
        builder.HasKey(v => v.Id).HasName("pk_feature_versions");
        builder.Property(v => v.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(v => v.CollectionId).HasColumnName("collection_id");
        builder.Property(v => v.FeatureId).HasColumnName("feature_id").UseCollation("C");
        builder.Property(v => v.Version).HasColumnName("version");
        builder.Property(v => v.Action).HasColumnName("action");
        builder.Property(v => v.At).HasColumnName("at");
        builder.Property(v => v.Author).HasColumnName("author");
        builder.Property(v => v.Geometry).HasColumnName("geometry")
            .HasColumnType($"geometry(Geometry,{GeometryFactories.LonLatSrid})");
        builder.Property(v => v.Properties).HasColumnName("properties").HasColumnType("jsonb");
        builder.Property(v => v.PropertyNames).HasColumnName("property_names");

        // One number per version of a record; a concurrent writer of the same record fails instead of forking it.
        builder.HasIndex(v => new { v.CollectionId, v.FeatureId, v.Version }).IsUnique().HasDatabaseName("ux_feature_versions_record");
        builder.HasOne<CollectionRow>().WithMany().HasForeignKey(v => v.CollectionId)
            .HasConstraintName("fk_feature_versions_collections").OnDelete(DeleteBehavior.Cascade);
    }
}
