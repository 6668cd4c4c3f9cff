using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

public sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> builder)
    {
        builder.ToTable("event_participants");
        builder.HasKey(p => new { p.EventId, p.ActorId });
        builder.HasIndex(p => p.ActorId);
        builder.HasOne(p => p.Event).WithMany(e => e.Participants).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Actor).WithMany(a => a.Participations).HasForeignKey(p => p.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
