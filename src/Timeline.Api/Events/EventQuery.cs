using Microsoft.EntityFrameworkCore;
using Timeline.Api.Infrastructure;
using Timeline.Data.Entities;

namespace Timeline.Api.Events;

/// <summary>
/// Turns a validated <see cref="EventFilter"/> into SQL; every view of the timeline filters through here. Each filter
/// is one condition on the events row that an index serves: actors, topics and publishers are arrays with GIN
/// indexes (array operators, not "= ANY", so the index applies), full text is one vector over titles and evidence.
/// </summary>
public static class EventQuery
{
    public static IQueryable<Event> Filter(IQueryable<Event> events, EventFilter filter)
    {
        // Editors hide what should not be published; only an editor asking with include=hidden sees it.
        var query = filter.IncludeHidden ? events : events.Where(e => !e.Hidden);
        if (filter.From is { } from)
        {
            var start = from.Earliest;
            query = query.Where(e => e.Latest >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.Latest;
            query = query.Where(e => e.Earliest <= end);
        }

        if (filter.Types.Count == 1)
        {
            // Equality, not "= ANY": only then can PostgreSQL walk (type, sort_date, id) in timeline order.
            var type = filter.Types[0];
            query = query.Where(e => e.Type == type);
        }
        else if (filter.Types.Count > 1)
        {
            var types = filter.Types.ToArray();
            query = query.Where(e => types.Contains(e.Type));
        }

        foreach (var actor in filter.Actors)
        {
            var ids = ActorDirectory.Resolve(actor);
            query = query.Where(e => e.ActorIds.Any(id => ids.Contains(id)));
        }

        if (filter.Topic is { } topic)
        {
            string[] topics = [topic.ToLowerInvariant()];
            query = query.Where(e => topics.All(t => e.Topics.Contains(t)));
        }

        if (filter.Q is { } q)
        {
            query = query.Where(e => e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", q)));
        }

        if (filter.Publisher is { } publisher)
        {
            string[] publishers = [publisher.Trim().ToLowerInvariant()];
            query = query.Where(e => publishers.All(p => e.Publishers.Contains(p)));
        }

        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(e => e.Sources.Any(s => s.ArticleId == articleId));
        }

        return query;
    }

    /// <summary>
    /// The next <paramref name="take"/> filtered events after <paramref name="after"/>, on the unique key (SortDate, Id)
    /// that the (sort_date, id) index walks. With a from date the page is the union of three index ranges, because an
    /// event overlaps [from, to] either by starting inside it, or by being a month that starts up to 31 days (a year up
    /// to 366 days) before from: so no walk wades through the days before from.
    /// </summary>
    public static IQueryable<Event> Page(IQueryable<Event> filtered, EventFilter filter, bool descending, EventCursor? after, int take)
    {
        var keyed = filtered;
        if (after is { } cursor)
        {
            var (date, id) = (cursor.SortDate, cursor.Id);
            keyed = descending
                ? keyed.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.SortDate, e.Id), ValueTuple.Create(date, id)))
                : keyed.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.SortDate, e.Id), ValueTuple.Create(date, id)));
        }

        IQueryable<Event> Ordered(IQueryable<Event> query) => descending
            ? query.OrderByDescending(e => e.SortDate).ThenByDescending(e => e.Id)
            : query.OrderBy(e => e.SortDate).ThenBy(e => e.Id);

        if (filter.From is not { } from)
        {
            return Ordered(keyed).Take(take);
        }

        var start = from.Earliest;
        var (monthStart, yearStart) = (start.AddDays(-31), start.AddDays(-366));
        var inside = Ordered(keyed.Where(e => e.SortDate >= start)).Take(take);
        var months = Ordered(keyed.Where(e => e.Precision == "month" && e.SortDate < start && e.SortDate >= monthStart)).Take(take);
        var years = Ordered(keyed.Where(e => e.Precision == "year" && e.SortDate < start && e.SortDate >= yearStart)).Take(take);
        return Ordered(inside.Concat(months).Concat(years)).Take(take);
    }
}
