using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Data;

namespace Timeline.Api.Events;

public static class EventsApi
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/events").WithTags("Events").WithQueryValidation();

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
            .WithDescription("One event with its participants, every source article and its evidence, and each source's claims.")
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

    public static async Task<Results<EventJsonResult, ProblemHttpResult>> GetEvent(
        Guid id, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var found = await EventJson.ReadAsync(db, db.Events.Where(e => e.Id == id), cancellationToken);
        return found.Count == 1
            ? new EventJsonResult(found[0])
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Event not found", detail: $"No event has id {id}.");
    }
}
