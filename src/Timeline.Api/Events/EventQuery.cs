using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Api.Events;

/// <summary>Turns a validated <see cref="EventFilter"/> into SQL; every view of the timeline filters through here.</summary>
public static class EventQuery
{
    public static IQueryable<Event> Filter(IQueryable<Event> events, EventFilter filter)
    {
        var query = events;
        if (filter.From is { } from)
        {
            query = query.Where(e => e.Latest >= from.Earliest);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.Earliest <= to.Latest);
        }

        if (filter.Types.Count > 0)
        {
            var types = filter.Types;
            query = query.Where(e => types.Contains(e.Type));
        }

        foreach (var actor in filter.Actors)
        {
            var lowered = actor.ToLowerInvariant();
            query = query.Where(e => e.Participants.Any(p =>
                p.ActorId == lowered || p.Actor.Name.ToLower() == lowered || p.Actor.Aliases.Contains(actor)));
        }

        if (filter.Topic is { } rawTopic)
        {
            var topic = rawTopic.ToLowerInvariant();
            query = query.Where(e => e.Topics.Contains(topic));
        }

        if (filter.Q is { } q)
        {
            query = query.Where(e => e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", q)));
        }

        if (filter.Publisher is { } rawPublisher)
        {
            var publisher = rawPublisher.ToLowerInvariant();
            query = query.Where(e => e.Sources.Any(s => s.Article.Publisher != null && s.Article.Publisher.ToLower() == publisher));
        }

        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(e => e.Sources.Any(s => s.ArticleId == articleId));
        }

        return query;
    }

    /// <summary>Orders on the unique key (SortDate, Id) and continues after <paramref name="after"/>.</summary>
    public static IQueryable<Event> Page(IQueryable<Event> filtered, bool descending, EventCursor? after)
    {
        var query = filtered;
        if (after is { } cursor)
        {
            var (date, id) = (cursor.SortDate, cursor.Id);
            query = descending
                ? query.Where(e => e.SortDate < date || (e.SortDate == date && e.Id.CompareTo(id) < 0))
                : query.Where(e => e.SortDate > date || (e.SortDate == date && e.Id.CompareTo(id) > 0));
        }

        return descending
            ? query.OrderByDescending(e => e.SortDate).ThenByDescending(e => e.Id)
            : query.OrderBy(e => e.SortDate).ThenBy(e => e.Id);
    }
}
