using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Infrastructure;
using Timeline.Data.Editing;
using Timeline.Data.Entities;
using Timeline.Extraction.Model;

namespace Timeline.Api.Admin;

/// <summary>A re-extraction job as the API shows it.</summary>
/// <param name="Id">The job.</param>
/// <param name="State">running, completed or failed.</param>
/// <param name="ExtractorVersion">The extractor version the archive is brought to.</param>
/// <param name="Done">Articles done so far.</param>
/// <param name="Total">Articles stored when the job started.</param>
/// <param name="Changed">Articles whose claims were replaced (the others were at this version already).</param>
/// <param name="Rate">Articles per second of work so far.</param>
/// <param name="EtaSeconds">Seconds left at that rate; null when unknown or finished.</param>
/// <param name="RequestedBy">The editor key's name that started it.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="UpdatedAt">When it last advanced.</param>
/// <param name="FinishedAt">When it completed or failed.</param>
/// <param name="Error">Why it failed.</param>
public sealed record ReextractionJobResponse(
    Guid Id, string State, string ExtractorVersion, int Done, int Total, int Changed, double Rate, double? EtaSeconds,
    string RequestedBy, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, string? Error)
{
    public static ReextractionJobResponse Of(ReextractionJob job)
    {
        var rate = job.Seconds > 0 ? Math.Round(job.Done / job.Seconds, 1) : 0;
        double? eta = job.State == "running" && rate > 0 ? Math.Round((job.Total - job.Done) / rate) : null;
        return new(job.Id, job.State, job.ExtractorVersion, job.Done, job.Total, job.Changed, rate, eta,
            job.RequestedBy, job.StartedAt, job.UpdatedAt, job.FinishedAt, job.Error);
    }
}

public static class ReextractionApi
{
    public static RouteGroupBuilder MapReextraction(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin/reextract").WithTags("Editing");
        group.MapPost("/", Start)
            .WithName("StartReextraction")
            .WithSummary("Re-extract the stored archive")
            .WithDescription("""
                Extracts every stored article again with the service's extractor (its version is recorded on each claim),
                in the background and in bounded batches; corrections survive it and an event that comes out the same
                keeps its id. Answers 202 with the job's Location; while a job runs, starting again answers that job.
                Articles already at this extractor's version are skipped, so running it twice changes nothing.
                """)
            .Produces<ReextractionJobResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireEditorKey();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetReextraction")
            .WithSummary("A re-extraction job's progress")
            .WithDescription("State (running, completed or failed), done/total, rate (articles/s) and ETA (seconds).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireEditorKey();
        return group;
    }

    public static async Task<AcceptedAtRoute<ReextractionJobResponse>> Start(
        HttpContext http, ReextractionStore store, IArticleExtractor extractor, ReextractionWorker worker, CancellationToken cancellationToken)
    {
        var (job, started) = await store.StartAsync(extractor.Version, EditorKeyFilter.EditorName(http), cancellationToken);
        if (started)
        {
            worker.Wake();
        }

        return TypedResults.AcceptedAtRoute(ReextractionJobResponse.Of(job), "GetReextraction", new { id = job.Id });
    }

    public static async Task<Results<Ok<ReextractionJobResponse>, ProblemHttpResult>> Get(Guid id, ReextractionStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } job
            ? TypedResults.Ok(ReextractionJobResponse.Of(job))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Job not found", detail: $"No re-extraction job has id {id}.");
}
