using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpatialPlan.Storage.PostGis;

/// <summary>Table <c>data_protection_keys</c>: the app's Data Protection key ring (the XML of each key), shared by
/// every app node so a cookie or antiforgery token made by one is read by all.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id).HasName("pk_data_protection_keys");
        builder.Property(k => k.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(k => k.FriendlyName).HasColumnName("friendly_name");
        builder.Property(k => k.Xml).HasColumnName("xml");
    }
}
