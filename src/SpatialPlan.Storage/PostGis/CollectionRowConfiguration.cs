using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpatialPlan.Storage.PostGis;

/// <summary>Table <c>collections</c>: the seeding state of each catalogue collection.</summary>
internal sealed class CollectionRowConfiguration : IEntityTypeConfiguration<CollectionRow>
{
    public void Configure(EntityTypeBuilder<CollectionRow> builder)
    {
        builder.ToTable("collections");
        builder.HasKey(c => c.Id).HasName("pk_collections");
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
        builder.Property(c => c.SeededAt).HasColumnName("seeded_at");
        builder.Property(c => c.EditedAt).HasColumnName("edited_at");
    }
}
