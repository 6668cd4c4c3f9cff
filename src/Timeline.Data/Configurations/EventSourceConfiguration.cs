using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

public sealed class EventSourceConfiguration : IEntityTypeConfiguration<EventSource>
{
    public void Configure(EntityTypeBuilder<EventSource> builder)
    {
        builder.ToTable("event_sources");

        // One claim per (event, article): an article never counts twice for one event.
        builder.HasKey(s => new { s.EventId, s.ArticleId });
        builder.HasIndex(s => s.ArticleId);
        builder.Property(s => s.Type).HasMaxLength(30);
        builder.Property(s => s.CameoCode).HasMaxLength(10);
        builder.Property(s => s.Precision).HasMaxLength(10);
        builder.Property(s => s.ExtractorVersion).HasMaxLength(200);
        builder.Property(s => s.CameoRoot)
            .HasComputedColumnSql("CASE WHEN length(cameo_code) >= 2 THEN left(cameo_code, 2) ELSE '' END", stored: true);

        // Merge candidates: claims of a CAMEO root whose dates come near a new claim's. A precision bounds how far
        // a claim's latest day is from its earliest, so each precision is one tight range on earliest.
        builder.HasIndex(s => new { s.CameoRoot, s.Precision, s.Earliest });
        builder.HasOne(s => s.Event).WithMany(e => e.Sources).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Article).WithMany(a => a.Sources).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(s => s.Participants, p => p.ToJson("participants"));
        builder.OwnsMany(s => s.Evidence, e => e.ToJson("evidence"));
    }
}
