namespace Timeline.Extraction.Model;

/// <summary>The seam between ingestion and the pure extraction pipeline.</summary>
public interface IArticleExtractor
{
    ExtractionResult Extract(ArticleInput input);
}
