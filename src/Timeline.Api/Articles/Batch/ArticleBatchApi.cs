using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Articles.Batch;

public static class ArticleBatchApi
{
    public static RouteHandlerBuilder MapArticleBatch(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/articles/batch", PostBatch)
            .WithTags("Articles")
            .WithName("IngestArticleBatch")
            .WithSummary("Ingest many articles at once")
            .WithDescription("""
                Bulk import: a JSON array of article bodies (each exactly as for POST /api/v1/articles), or the same
                as NDJSON (Content-Type application/x-ndjson, one article per line). Up to Ingestion:MaxBatchItems
                articles (default 1000) and Ingestion:MaxBatchBytes bytes (default 64 MB). Needs X-Api-Key.
                Answers 200 with one result per article, in order: 201 created, 200 unchanged (already stored: a
                re-sent batch skips what it stored before, so an interrupted import can simply be sent again) or
                replaced, 422 rejected with the reasons by field. Only a body that is not a batch at all gets a
                problem answer (400, 413, 415).
                """)
            .DocumentRequestBody<ArticleRequest[]>("application/json", BatchReader.NdJson)
            .Produces<BatchResult>()
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireApiKey();

    public static async Task<IResult> PostBatch(
        HttpRequest request, BatchReader reader, BatchIngestion ingestion, CancellationToken cancellationToken)
    {
        var (elements, problem) = await reader.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await ingestion.IngestAsync(elements!, cancellationToken));
    }
}
