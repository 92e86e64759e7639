using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>Table <c>features</c>: one generic table for every collection, geometry typed with its SRID.</summary>
internal sealed class FeatureRowConfiguration : IEntityTypeConfiguration<FeatureRow>
{
    public const string GeometryIndexName = "ix_features_geometry";

    public void Configure(EntityTypeBuilder<FeatureRow> builder)
    {
        builder.ToTable("features");
        builder.HasKey(f => new { f.CollectionId, f.FeatureId }).HasName("pk_features");
        builder.Property(f => f.CollectionId).HasColumnName("collection_id");
        builder.Property(f => f.FeatureId).HasColumnName("feature_id").UseCollation("C");
        builder.Property(f => f.Geometry).HasColumnName("geometry")
            .HasColumnType($"geometry(Geometry,{GeometryFactories.LonLatSrid})");
        builder.Property(f => f.Properties).HasColumnName("properties").HasColumnType("jsonb");
        builder.Property(f => f.PropertyNames).HasColumnName("property_names");
        builder.Property(f => f.Version).HasColumnName("version").HasDefaultValue(0); // COPY-seeded rows: no write yet

        // GiST over the bare column: bbox filters (&&, ST_Intersects) use it as long as the column is not transformed.
        builder.HasIndex(f => f.Geometry).HasDatabaseName(GeometryIndexName).HasMethod("gist");

        builder.HasOne<CollectionRow>().WithMany().HasForeignKey(f => f.CollectionId)
            .HasConstraintName("fk_features_collections").OnDelete(DeleteBehavior.Cascade);
    }
}
