using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Data;
using Timeline.Data.Editing;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Events;

public static class EventsApi
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/events").WithTags("Events").WithQueryValidation().WithHiddenForEditors();

        group.MapGet("/", ListEvents)
            .WithName("ListEvents")
            .WithSummary("List timeline events")
            .WithDescription("""
                The timeline: events ordered by date (then id), filtered by any combination of the query parameters.
                Date filters accept any precision and use OVERLAP: an event is returned when its date range
                (a day, a whole month or a whole year, depending on its precision) shares at least one day with
                [from, to]. So an event known only as "May 2025" is returned for from=2025-05-20&to=2025-05-21,
                because it may have happened then; undated events are left out whenever from or to is given.
                Pages: pass the answer's nextCursor as cursor= until it is null. Pages never repeat or skip an event,
                even while new articles arrive between requests.
                """);

        group.MapGet("/{id:guid}", GetEvent)
            .WithName("GetEvent")
            .WithSummary("Get one event")
            .WithDescription("""
                One event with its participants, every source article and its evidence, and each source's claims. Its ETag
                is its version (send it in If-Match to correct it). An event merged into another answers 301 with the
                other's Location; a hidden event is 404 except to editors asking with include=hidden.
                """)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    public static async Task<EventPageJson> ListEvents(EventListQuery query, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var events = EventQuery.Page(EventQuery.Filter(db.Events, query.Filter), query.Filter, query.Descending, query.Cursor, query.Limit + 1);
        var items = await EventJson.ReadAsync(db, events, cancellationToken);
        string? next = null;
        if (items.Count > query.Limit)
        {
            items.RemoveAt(items.Count - 1);
            next = EventCursor.After(items[^1].Id, items[^1].Date).Encode();
        }

        return new EventPageJson(items, next);
    }

    public static async Task<Results<EventJsonResult, RedirectHttpResult, ProblemHttpResult>> GetEvent(
        Guid id, EventIncludeQuery query, HistoryStore history, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var events = query.IncludeHidden ? db.Events : db.Events.Where(e => !e.Hidden);
        var found = await EventJson.ReadAsync(db, events.Where(e => e.Id == id), cancellationToken);
        if (found.Count == 1)
        {
            return new EventJsonResult(found[0]);
        }

        // Links to an event merged into another hold: they lead to it.
        if (await history.AliasAsync(id, cancellationToken) is { } now)
        {
            return TypedResults.Redirect($"/api/v1/events/{now}{(query.IncludeHidden ? "?include=hidden" : "")}", permanent: true);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Event not found", detail: $"No event has id {id}.");
    }
}
