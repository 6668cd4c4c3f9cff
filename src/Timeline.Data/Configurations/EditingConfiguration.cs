using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

public sealed class EventChangeConfiguration : IEntityTypeConfiguration<EventChange>
{
    public void Configure(EntityTypeBuilder<EventChange> builder)
    {
        builder.ToTable("event_history");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Action).HasMaxLength(30);
        builder.Property(c => c.Editor).HasMaxLength(100);
        builder.Property(c => c.Changes).HasColumnType("jsonb");

        // No foreign key: an event's history outlives the event (merged away, or its last source deleted).
        builder.HasIndex(c => new { c.EventId, c.Id });
        builder.HasIndex(c => new { c.At, c.EventId });
    }
}

public sealed class EventCitationConfiguration : IEntityTypeConfiguration<EventCitation>
{
    public void Configure(EntityTypeBuilder<EventCitation> builder)
    {
        builder.ToTable("event_citations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Editor).HasMaxLength(100);
        builder.HasIndex(c => c.EventId);
        builder.HasIndex(c => c.ArticleId);
        builder.HasOne(c => c.Event).WithMany(e => e.Citations).HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Article).WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class EventAliasConfiguration : IEntityTypeConfiguration<EventAlias>
{
    public void Configure(EntityTypeBuilder<EventAlias> builder)
    {
        builder.ToTable("event_aliases");
        builder.HasKey(a => a.OldId);
        builder.HasIndex(a => a.NewId);
    }
}

public sealed class ReextractionJobConfiguration : IEntityTypeConfiguration<ReextractionJob>
{
    public void Configure(EntityTypeBuilder<ReextractionJob> builder)
    {
        builder.ToTable("reextraction_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.State).HasMaxLength(20);
        builder.Property(j => j.ExtractorVersion).HasMaxLength(200);
        builder.Property(j => j.RequestedBy).HasMaxLength(100);
    }
}
