using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Articles.Batch;

/// <summary>
/// Stores the articles of a batch as POST /api/v1/articles would, several at a time (each in its own scope,
/// transaction and locks), and skips building the full article answers a single POST returns.
/// </summary>
public sealed class BatchIngestion(IServiceScopeFactory scopes, IOptions<IngestionOptions> options)
{
    public async Task<BatchResult> IngestAsync(IReadOnlyList<BatchReader.Element> elements, CancellationToken cancellationToken)
    {
        var results = new BatchItemResult[elements.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.BatchParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, elements.Count), parallel, async (index, token) =>
        {
            results[index] = await IngestOneAsync(index, elements[index], token);
        });

        return new BatchResult(
            results,
            results.Count(r => r.Outcome == "created"),
            results.Count(r => r.Outcome == "unchanged"),
            results.Count(r => r.Outcome == "replaced"),
            results.Count(r => r.Outcome == "rejected"));
    }

    private async Task<BatchItemResult> IngestOneAsync(int index, BatchReader.Element element, CancellationToken cancellationToken)
    {
        if (element.Request is not { } request)
        {
            return Rejected(index, null, element.Errors!);
        }

        var (article, errors) = ArticleValidator.Validate(request);
        if (article is null)
        {
            return Rejected(index, request.Url, errors);
        }

        await using var scope = scopes.CreateAsyncScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        IngestOutcome outcome;
        Guid id;
        try
        {
            // A batch answers ids, not stored articles: nothing to read back.
            (outcome, var stored) = await ingestion.IngestAsync(article, id => Task.FromResult<StrongBox<Guid>?>(new(id)), cancellationToken)
                ?? throw new InvalidOperationException("Storing without a read-back cannot miss the article.");
            id = stored.Value;
        }
        catch (ExtractionBudgetExceededException exception)
        {
            return Rejected(index, article.Url, new Dictionary<string, string[]> { [exception.Field] = [exception.Reason] });
        }

        return outcome switch
        {
            IngestOutcome.Created => new BatchItemResult(index, StatusCodes.Status201Created, "created", id, article.Url, null),
            IngestOutcome.Unchanged => new BatchItemResult(index, StatusCodes.Status200OK, "unchanged", id, article.Url, null),
            _ => new BatchItemResult(index, StatusCodes.Status200OK, "replaced", id, article.Url, null),
        };
    }

    private static BatchItemResult Rejected(int index, string? url, IReadOnlyDictionary<string, string[]> errors) =>
        new(index, StatusCodes.Status422UnprocessableEntity, "rejected", null, url, errors);
}
