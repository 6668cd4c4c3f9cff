using System.Globalization;
using Microsoft.Extensions.Options;
using Timeline.Api.Infrastructure;
using Timeline.Extraction.Model;

namespace Timeline.Api.Articles;

/// <summary>
/// Runs the extractor under the per-article time budget (Ingestion:ExtractionBudget) and the request's own token:
/// an article that takes longer is refused (<see cref="ExtractionBudgetExceededException"/>), and a client that
/// goes away stops the work, so no request holds a core for long.
/// </summary>
public sealed class ExtractionBudget(IArticleExtractor extractor, IOptionsMonitor<IngestionOptions> options)
{
    /// <summary>
    /// Extracts within what is left of the budget once <paramref name="spent"/> is taken off: a single article's request
    /// passes the time it took to read and check the body (a quarter of a second or more near the size limit).
    /// </summary>
    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken, TimeSpan spent = default)
    {
        var budget = options.CurrentValue.ExtractionBudget;
        var left = budget - spent;
        if (left <= TimeSpan.Zero)
        {
            throw new ExtractionBudgetExceededException(budget, input.Html is null ? "text" : "html");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(left);
        try
        {
            return extractor.Extract(input, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ExtractionBudgetExceededException(budget, input.Html is null ? "text" : "html");
        }
    }
}

/// <summary>An article whose extraction ran over the time budget; nothing of it was stored.</summary>
public sealed class ExtractionBudgetExceededException(TimeSpan budget, string fieldName)
    : Exception($"Extracting the article took longer than the budget of {budget.TotalSeconds:0.###} s.")
{
    /// <summary>The field holding the article: text or html.</summary>
    public string Field => fieldName;

    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"Too long or too complex to read: extracting it took longer than the budget of {budget.TotalSeconds:0.###} s (Ingestion:ExtractionBudget). Send a shorter article, or split it.");

    public IResult ToProblem() => Problems.Invalid(StatusCodes.Status422UnprocessableEntity, fieldName, Reason);
}
