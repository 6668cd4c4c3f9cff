namespace Timeline.Api.Articles;

/// <summary>An article to ingest. Give exactly one of <c>text</c> and <c>html</c>.</summary>
/// <param name="Url">The article's absolute http(s) address; its identity when present. Null when unknown (the text then identifies it).</param>
/// <param name="Title">The headline, if known.</param>
/// <param name="Publisher">The outlet that published it, e.g. "Reuters".</param>
/// <param name="PublishedAt">ISO 8601 date or date-time (2025-05-23 or 2025-05-23T05:30:00Z); the anchor for relative dates such as "on Monday".</param>
/// <param name="Language">BCP 47 language tag, default "en".</param>
/// <param name="Text">The article as plain text.</param>
/// <param name="Html">A whole HTML page; the service finds the story text and metadata in it.</param>
public sealed record ArticleRequest(
    string? Url,
    string? Title,
    string? Publisher,
    string? PublishedAt,
    string? Language,
    string? Text,
    string? Html);
