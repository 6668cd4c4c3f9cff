using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Http;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Data;

namespace Timeline.Api.Events.Exports;

public static class ExportsApi
{
    public static RouteGroupBuilder MapEventExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/events").WithTags("Events").WithQueryValidation().WithHiddenForEditors();

        group.MapGet("/export", Export)
            .WithName("ExportEvents")
            .WithSummary("Export the filtered timeline (CSV, TimelineJS, iCalendar)")
            .WithDescription("""
                Every event matching the filters (the same filters as GET /api/v1/events), oldest first, in one file:
                - csv (text/csv): one row per event; per-source columns (publishers, source_titles, source_urls,
                  source_published_at, evidence) list the sources in the same order separated by " | "; lists of
                  names by "; ". UTF-8 with a byte-order mark; cells starting with = + - @ get a leading apostrophe.
                - timelinejs (application/json): TimelineJS 3 JSON, loads as it is; undated events are left out.
                - ics (text/calendar): RFC 5545, one all-day event per dated event spanning its precision (a day,
                  a month or a year); undated events are left out.
                Choose with format= or the Accept header (format wins); without either you get CSV. An Accept header
                that allows none of them gets 406.
                """)
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "text/calendar")
            .Produces<TimelineJsDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .WithMetadata(new Streamed())
            .RateLimited(RateLimits.ExpensiveReads);

        group.MapGet("/feed", Feed)
            .WithName("EventFeed")
            .WithSummary("Atom feed of new and updated events")
            .WithDescription("""
                An Atom (RFC 4287) feed of the events matching the filters that were added or gained a source most
                recently, newest first: subscribe in a feed reader, or poll it for alerts (e.g. ?actor=wang-yi&type=sanction).
                An entry's updated time is when its latest source article was stored or changed.
                """)
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .RateLimited(RateLimits.ExpensiveReads);

        return group;
    }

    public static Results<PushStreamHttpResult, ProblemHttpResult> Export(
        ExportQuery query, HttpRequest request, TimelineDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        request.HttpContext.Response.Headers.Vary = "Accept";
        if ((query.Format ?? ExportFormats.Negotiate(request.Headers.Accept)) is not { } format)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable",
                detail: "Exports are text/csv, application/json (TimelineJS) or text/calendar; ask for one in Accept or with format=.");
        }

        var headline = FilterText.Headline(query.Filter);
        return TypedResults.Stream(body => format switch
        {
            ExportFormat.Csv => CsvExport.WriteAsync(body, db, query.Filter, cancellationToken),
            ExportFormat.TimelineJs => TimelineJsExport.WriteAsync(body, db, query.Filter, headline, cancellationToken),
            _ => ICalendarExport.WriteAsync(body, db, query.Filter, headline, clock.GetUtcNow(), cancellationToken),
        }, format.ContentType(), format.FileName());
    }

    public static PushStreamHttpResult Feed(FeedQuery query, HttpRequest request, TimelineDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var links = new AtomFeed.Links(
            Self: origin + request.Path + request.QueryString,
            Alternate: origin + "/timeline" + QueryString.Create(request.Query.Where(p => p.Key != FeedQuery.LimitParameter.Name)),
            EventBase: origin + "/api/v1/events/");
        return TypedResults.Stream(body => AtomFeed.WriteAsync(body, db, query, links, clock.GetUtcNow(), cancellationToken),
            "application/atom+xml; charset=utf-8");
    }
}
