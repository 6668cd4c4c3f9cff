using System.Diagnostics;
using Timeline.Api.Articles;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Http;
using Timeline.Extraction.Model;

namespace Timeline.Api.Preview;

public static class PreviewApi
{
    public static RouteGroupBuilder MapPreview(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/extract").WithTags("Preview");

        group.MapPost("/", Extract)
            .WithName("PreviewExtraction")
            .WithSummary("Preview what would be extracted, storing nothing")
            .WithDescription("""
                Runs the same extraction as POST /api/v1/articles on the same body (text or a whole HTML page, with
                optional metadata) and answers what it finds: the cleaned text, the date the article speaks from and the
                rule that set it, the events with their evidence sentences (offsets into the cleaned text), dates and
                participants, and the actors. Nothing is stored and no key is needed; requests are rate-limited per client.
                Events here are this article's alone: once stored, an event reported by other articles too merges with them.
                """)
            .Accepts<ArticleRequest>("application/json")
            .Produces<ExtractionPreview>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RateLimited(RateLimits.Previews);

        return group;
    }

    public static async Task<IResult> Extract(HttpRequest request, ArticleRequestReader reader, ExtractionBudget extraction, CancellationToken cancellationToken)
    {
        var arrived = Stopwatch.GetTimestamp();
        var (body, problem) = await reader.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (article, errors) = ArticleValidator.Validate(body!);
        if (article is null)
        {
            return Problems.Invalid(StatusCodes.Status422UnprocessableEntity, errors);
        }

        try
        {
            return TypedResults.Ok(PreviewMapping.ToPreview(extraction.Extract(article.ToInput(), cancellationToken, Stopwatch.GetElapsedTime(arrived))));
        }
        catch (ExtractionBudgetExceededException exception)
        {
            return exception.ToProblem();
        }
    }
}
