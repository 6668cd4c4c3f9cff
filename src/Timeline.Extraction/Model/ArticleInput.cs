namespace Timeline.Extraction.Model;

/// <summary>
/// One article as it arrives: exactly one of <see cref="Text"/> and <see cref="Html"/> is set.
/// Metadata given here wins over metadata found inside the page.
/// </summary>
public sealed record ArticleInput(
    string? Text,
    string? Html,
    string? Url = null,
    string? Title = null,
    string? Publisher = null,
    DateOnly? PublishedAt = null,
    string? Language = null);
