using System.Globalization;
using Timeline.Evaluation.Gold;
using Timeline.Extraction.Model;

namespace Timeline.Training.Prefill;

/// <summary>The extractor's input for an annotated article, as the service reads it.</summary>
internal static class ArticleInputs
{
    public static ArticleInput From(GoldArticle article) =>
        new(article.Text, null, article.Url, article.Title, article.Publisher, Day(article.PublishedAt), article.Language);

    /// <summary>The calendar date as written ("2025-05-23T23:30:00-04:00" is May 23).</summary>
    private static DateOnly? Day(string? publishedAt) =>
        publishedAt is { Length: >= 10 } && DateOnly.TryParseExact(publishedAt[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
