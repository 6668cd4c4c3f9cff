using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Timeline.Api.Events;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Data;

namespace Timeline.Api.Articles;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles").WithTags("Articles").WithQueryValidation();

        group.MapPost("/", PostArticle)
            .WithName("IngestArticle")
            .WithSummary("Ingest an article")
            .WithDescription("""
                Stores a news article and extracts the US–China events it reports. Needs a writer key in X-Api-Key.
                To see what would be extracted without storing anything, try POST /api/v1/extract with the same body first.
                Answers 201 with the stored article and its events for a new article; 200 when the same article
                (same url, or same text when url is null) is already stored unchanged. Posting a changed version of a
                stored url replaces its events (200): events only it reported disappear, events shared with other
                articles keep those sources. Reports of an event already on the timeline are added as sources of it.
                """)
            .DocumentRequestBody<ArticleRequest>()
            .Produces<ArticleResponse>(StatusCodes.Status201Created)
            .Produces<ArticleResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireApiKey();

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .WithSummary("List stored articles, newest first")
            .WithDescription("Articles in the order they were ingested, newest first, with how many events each reports. Page with nextCursor.");

        group.MapGet("/{id:guid}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("Get one article with its events")
            .WithDescription("The stored article: metadata, cleaned text (evidence offsets point into it) and the events it is a source of.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:guid}", DeleteArticle)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article")
            .WithDescription("Removes the article. Events only it reported disappear; events other articles also report lose only this source and re-derive their date. Needs X-Api-Key.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireApiKey();

        return group;
    }

    public static async Task<IResult> PostArticle(
        HttpRequest request, ArticleRequestReader reader, IngestionService ingestion, TimelineDbContext db, CancellationToken cancellationToken)
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

        // Reading and checking the body count toward the extraction budget; waiting for the database does not.
        var spent = Stopwatch.GetElapsedTime(arrived);
        try
        {
            if (await ingestion.IngestAsync(article, id => ArticleReader.ReadAsync(db, id, cancellationToken), cancellationToken, spent)
                is var (outcome, stored))
            {
                return outcome == IngestOutcome.Created
                    ? TypedResults.Created($"/api/v1/articles/{stored.Id}", stored)
                    : TypedResults.Ok(stored);
            }
        }
        catch (ExtractionBudgetExceededException exception)
        {
            return exception.ToProblem();
        }

        return Problems.Status(StatusCodes.Status404NotFound, "Article deleted meanwhile",
            "Other requests deleted the article each time it was stored; post it again.");
    }

    public static async Task<Ok<ArticlePage>> ListArticles(ArticleListQuery query, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (query.Cursor is { } cursor)
        {
            var (at, lastId) = (cursor.IngestedAt, cursor.Id);
            articles = articles.Where(a => a.IngestedAt < at || (a.IngestedAt == at && a.Id.CompareTo(lastId) < 0));
        }

        var size = query.Limit;
        var rows = await articles.OrderByDescending(a => a.IngestedAt).ThenByDescending(a => a.Id).Take(size + 1)
            .Select(a => new { a.Id, a.Url, a.Title, a.Publisher, a.PublishedAt, a.Language, a.IngestedAt, EventCount = a.Sources.Count })
            .ToListAsync(cancellationToken);
        var next = rows.Count > size ? new ArticleCursor(rows[size - 1].IngestedAt, rows[size - 1].Id).Encode() : null;
        var items = rows.Take(size)
            .Select(a => new ArticleSummary(a.Id, a.Url, a.Title, a.Publisher, WireDate.Format(a.PublishedAt, "day"), a.Language, a.IngestedAt, a.EventCount))
            .ToList();
        return TypedResults.Ok(new ArticlePage(items, next));
    }

    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(
        Guid id, TimelineDbContext db, CancellationToken cancellationToken) =>
        await ArticleReader.ReadAsync(db, id, cancellationToken) is { } article
            ? TypedResults.Ok(article)
            : NotFound(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        Guid id, IngestionService ingestion, CancellationToken cancellationToken) =>
        await ingestion.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has id {id}.");
}
