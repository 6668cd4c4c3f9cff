using Microsoft.EntityFrameworkCore;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events;

/// <summary>Turns validated <see cref="EventFilters"/> into a query, or names the filters that are wrong.</summary>
public static class EventQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public sealed record Plan(IQueryable<Event> Query, int Limit, bool Descending);

    public static (Plan? Plan, Dictionary<string, string[]> Errors) Build(TimelineDbContext db, EventFilters filters)
    {
        var errors = new Dictionary<string, string[]>();
        IQueryable<Event> query = db.Events;

        if (filters.From is not null)
        {
            if (EventDate.TryParse(filters.From, out var from))
            {
                query = query.Where(e => e.Latest >= from.Earliest);
            }
            else
            {
                errors["from"] = ["Must be a date: YYYY-MM-DD, YYYY-MM or YYYY."];
            }
        }

        if (filters.To is not null)
        {
            if (EventDate.TryParse(filters.To, out var to))
            {
                query = query.Where(e => e.Earliest <= to.Latest);
            }
            else
            {
                errors["to"] = ["Must be a date: YYYY-MM-DD, YYYY-MM or YYYY."];
            }
        }

        if (filters.Type is not null)
        {
            var types = filters.Type.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.ToLowerInvariant()).ToList();
            var unknown = types.Where(t => !EventTypes.All.Contains(t)).ToList();
            if (types.Count == 0 || unknown.Count > 0)
            {
                errors["type"] = [$"Unknown type '{string.Join(",", unknown)}'; use {string.Join(", ", EventTypes.All)}."];
            }
            else
            {
                query = query.Where(e => types.Contains(e.Type));
            }
        }

        foreach (var actor in (filters.Actor ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()))
        {
            var lowered = actor.ToLowerInvariant();
            query = query.Where(e => e.Participants.Any(p =>
                p.ActorId == lowered || p.Actor.Name.ToLower() == lowered || p.Actor.Aliases.Contains(actor)));
        }

        if (!string.IsNullOrWhiteSpace(filters.Topic))
        {
            var topic = filters.Topic.Trim().ToLowerInvariant();
            query = query.Where(e => e.Topics.Contains(topic));
        }

        if (!string.IsNullOrWhiteSpace(filters.Q))
        {
            var q = filters.Q;
            query = query.Where(e =>
                e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", q))
                || e.Sources.Any(s => s.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", q))));
        }

        if (!string.IsNullOrWhiteSpace(filters.Publisher))
        {
            var publisher = filters.Publisher.Trim().ToLowerInvariant();
            query = query.Where(e => e.Sources.Any(s => s.Article.Publisher != null && s.Article.Publisher.ToLower() == publisher));
        }

        if (filters.ArticleId is not null)
        {
            if (Guid.TryParse(filters.ArticleId, out var articleId))
            {
                query = query.Where(e => e.Sources.Any(s => s.ArticleId == articleId));
            }
            else
            {
                errors["articleId"] = ["Must be an article id (a UUID)."];
            }
        }

        var limit = filters.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Must be between 1 and {MaxLimit}."];
        }

        var order = filters.Order?.Trim().ToLowerInvariant() ?? "asc";
        if (order is not ("asc" or "desc"))
        {
            errors["order"] = ["Must be asc or desc."];
        }

        var descending = order == "desc";
        if (filters.Cursor is not null)
        {
            if (Infrastructure.Cursor.TryDecode(filters.Cursor, out var key, out var id) && Infrastructure.Cursor.TryParseDate(key, out var date))
            {
                query = descending
                    ? query.Where(e => e.SortDate < date || (e.SortDate == date && e.Id.CompareTo(id) < 0))
                    : query.Where(e => e.SortDate > date || (e.SortDate == date && e.Id.CompareTo(id) > 0));
            }
            else
            {
                errors["cursor"] = ["Not a cursor from this API; pass nextCursor from the previous page."];
            }
        }

        query = descending
            ? query.OrderByDescending(e => e.SortDate).ThenByDescending(e => e.Id)
            : query.OrderBy(e => e.SortDate).ThenBy(e => e.Id);
        return errors.Count > 0 ? (null, errors) : (new Plan(query, limit, descending), errors);
    }
}
