using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data;

public sealed class TimelineDbContext(DbContextOptions<TimelineDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventSource> EventSources => Set<EventSource>();

    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<EventChange> History => Set<EventChange>();

    public DbSet<EventCitation> Citations => Set<EventCitation>();

    public DbSet<EventAlias> Aliases => Set<EventAlias>();

    public DbSet<ReextractionJob> ReextractionJobs => Set<ReextractionJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimelineDbContext).Assembly);

        // snake_case columns so hand-written SQL (psql, advisory locks, resets) reads naturally.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsMappedToJson()))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
