using Timeline.Extraction.Model;

namespace Timeline.Extraction.Cleaning;

/// <summary>Stage 1: turns raw text or HTML into story text with its captions marked, plus metadata.</summary>
public static class ArticleCleaner
{
    public static CleanedArticle Clean(ArticleInput input) => Clean(input, CancellationToken.None);

    /// <summary>Cleans the article; a cancelled token stops the HTML parse between tokens.</summary>
    public static CleanedArticle Clean(ArticleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? pageTitle = null, pagePublisher = null;
        DateOnly? pageDate = null;
        IReadOnlySet<string>? knownCaptions = null;
        var raw = input.Text ?? string.Empty;
        if (string.IsNullOrWhiteSpace(input.Text) && !string.IsNullOrWhiteSpace(input.Html))
        {
            var page = HtmlBodyReader.Read(input.Html, cancellationToken);
            (raw, pageTitle, pagePublisher, pageDate, knownCaptions) = (page.Text, page.Title, page.Publisher, page.PublishedAt, page.CaptionLines);
        }

        var (text, captions) = TextCleaner.Clean(raw, knownCaptions);
        return new CleanedArticle(
            text,
            NonEmpty(input.Title) ?? pageTitle,
            NonEmpty(input.Publisher) ?? pagePublisher,
            input.PublishedAt ?? pageDate,
            NonEmpty(input.Language) ?? "en",
            captions);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
