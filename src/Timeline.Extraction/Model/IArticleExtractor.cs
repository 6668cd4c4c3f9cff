namespace Timeline.Extraction.Model;

/// <summary>The seam between ingestion and the pure extraction pipeline.</summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Extracts the events of one article. A cancelled token (a time budget ran out, the client went away) stops the
    /// work between stages and sentences with an <see cref="OperationCanceledException"/>.
    /// </summary>
    ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default);
}
