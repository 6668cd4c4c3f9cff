using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Http;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Data;

namespace Timeline.Api.Events.Facets;

public static class FacetsApi
{
    public static RouteGroupBuilder MapEventFacets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/events").WithTags("Events").WithQueryValidation().WithHiddenForEditors();

        group.MapGet("/facets", GetFacets)
            .WithName("EventFacets")
            .WithSummary("Count the filtered events by type, year, month, actor and publisher")
            .WithDescription("""
                The shape of a story before reading it: how many events match the filters (the same filters as
                GET /api/v1/events), and how they split by type, by year and by month of their date, by actor and by
                publisher. Every value can be fed back as a filter (type=, from=/to=, actor=, publisher=).
                """)
            .RateLimited(RateLimits.ExpensiveReads);

        return group;
    }

    public static async Task<Ok<EventFacets>> GetFacets(FacetQuery query, TimelineDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await FacetCounter.CountAsync(db, query, cancellationToken));
}
