using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

public sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ToTable("actors");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(200);
        builder.Property(a => a.Kind).HasMaxLength(20);
        builder.HasIndex(a => a.Name);
    }
}
