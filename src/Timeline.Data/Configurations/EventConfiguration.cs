using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasMaxLength(30);
        builder.Property(e => e.CameoCode).HasMaxLength(10);
        builder.Property(e => e.Precision).HasMaxLength(10);
        builder.Property(e => e.Origin).HasMaxLength(20);
        builder.Property(e => e.Version).HasDefaultValue(1);
        builder.Property(e => e.Origin).HasDefaultValue("extracted");
        builder.Property(e => e.Corrections).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.Property(e => e.Machine).HasColumnType("jsonb");
        builder.HasIndex(e => new { e.SortDate, e.Id });

        // Months and years that begin before a from date yet overlap it: the few rows a date-filtered page adds
        // to the (sort_date, id) range that starts at from.
        builder.HasIndex(e => new { e.Precision, e.SortDate, e.Id }).HasFilter("precision <> 'day'");
        // A type filter walks its own events in timeline order instead of every event of the timeline.
        builder.HasIndex(e => new { e.Type, e.SortDate, e.Id });
        builder.HasIndex(e => e.Topics).HasMethod("GIN");
        builder.HasIndex(e => e.ActorIds).HasMethod("GIN");
        builder.HasIndex(e => e.Publishers).HasMethod("GIN");
        builder.HasIndex(e => e.SearchVector).HasMethod("GIN");
    }
}
