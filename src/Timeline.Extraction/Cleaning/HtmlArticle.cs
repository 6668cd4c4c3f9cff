namespace Timeline.Extraction.Cleaning;

/// <summary>What an HTML page yields before line cleaning: body text (blank line between blocks) and page metadata.</summary>
internal sealed record HtmlArticle(
    string Text,
    string? Title,
    string? Publisher,
    DateOnly? PublishedAt,
    IReadOnlySet<string> CaptionLines);
