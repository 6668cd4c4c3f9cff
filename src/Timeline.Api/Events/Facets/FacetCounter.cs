using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Api.Events.Facets;

/// <summary>Counts the filtered events by type, year, month, actor and publisher, each in one grouped SQL query.</summary>
public static class FacetCounter
{
    public static async Task<EventFacets> CountAsync(TimelineDbContext db, FacetQuery query, CancellationToken cancellationToken)
    {
        var events = EventQuery.Filter(db.Events.AsNoTracking(), query.Filter);

        var types = await events.GroupBy(e => e.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var years = await events.Where(e => e.Earliest != null)
            .GroupBy(e => e.Earliest!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var months = await events.Where(e => e.Earliest != null && (e.Precision == "day" || e.Precision == "month"))
            .GroupBy(e => new { e.Earliest!.Value.Year, e.Earliest.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var actors = await ActorsAsync(db, events, query.Limit, cancellationToken);
        var publishers = await PublishersAsync(db, events, query.Limit, cancellationToken);

        var total = types.Sum(t => t.Count);
        return new EventFacets(
            total,
            total - years.Sum(y => y.Count),
            types.OrderByDescending(t => t.Count).ThenBy(t => t.Type, StringComparer.Ordinal).Select(t => new TypeCount(t.Type, t.Count)).ToList(),
            years.OrderBy(y => y.Year).Select(y => new PeriodCount(y.Year.ToString("D4", CultureInfo.InvariantCulture), y.Count)).ToList(),
            months.OrderBy(m => m.Year).ThenBy(m => m.Month)
                .Select(m => new PeriodCount(new DateOnly(m.Year, m.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Count)).ToList(),
            actors,
            publishers);
    }

    private static async Task<List<ActorCount>> ActorsAsync(TimelineDbContext db, IQueryable<Event> events, int limit, CancellationToken cancellationToken) =>
        await db.EventParticipants
            .Where(p => events.Any(e => e.Id == p.EventId))
            .GroupBy(p => new { p.ActorId, p.Actor.Name, p.Actor.Kind })
            .Select(g => new { g.Key.ActorId, g.Key.Name, g.Key.Kind, Count = g.Count() })
            .OrderByDescending(a => a.Count).ThenBy(a => a.ActorId)
            .Take(limit)
            .Select(a => new ActorCount(a.ActorId, a.Name, a.Kind, a.Count))
            .ToListAsync(cancellationToken);

    // An event counts once per publisher however many of its sources that publisher has; names match case-insensitively.
    private static async Task<List<PublisherCount>> PublishersAsync(TimelineDbContext db, IQueryable<Event> events, int limit, CancellationToken cancellationToken) =>
        await db.EventSources
            .Where(s => s.Article.Publisher != null && events.Any(e => e.Id == s.EventId))
            .GroupBy(s => s.Article.Publisher!.ToLower())
            .Select(g => new { g.Key, Name = g.Max(s => s.Article.Publisher)!, Count = g.Select(s => s.EventId).Distinct().Count() })
            .OrderByDescending(p => p.Count).ThenBy(p => p.Key)
            .Take(limit)
            .Select(p => new PublisherCount(p.Name, p.Count))
            .ToListAsync(cancellationToken);
}
