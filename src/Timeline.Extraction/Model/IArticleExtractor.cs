namespace Timeline.Extraction.Model;

/// <summary>The seam between ingestion and the pure extraction pipeline.</summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Names what this extractor is (its rules and data): every stored claim records it, and re-extraction redoes the
    /// articles extracted by another version.
    /// </summary>
    string Version { get; }

    /// <summary>
    /// Extracts the events of one article. A cancelled token (a time budget ran out, the client went away) stops the
    /// work between stages and sentences with an <see cref="OperationCanceledException"/>.
    /// </summary>
    ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default);
}
