using System.ComponentModel.DataAnnotations;
using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Api.Events;

namespace Timeline.Api.Articles;

/// <summary>A stored article with the events it is a source of.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Url">Its address, if known.</param>
/// <param name="Title">Its headline (given, or found in the page).</param>
/// <param name="Publisher">Its publisher (given, or found in the page).</param>
/// <param name="PublishedAt">Its publication date, YYYY-MM-DD.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="IngestedAt">When it was first stored.</param>
/// <param name="UpdatedAt">When its text or metadata last changed.</param>
/// <param name="Text">The cleaned story text; evidence offsets point into it.</param>
/// <param name="Events">The events this article reports: by date, events of one date in the order the article tells them.</param>
public sealed record ArticleResponse(
    Guid Id,
    string? Url,
    string? Title,
    string? Publisher,
    [property: RegularExpression(WirePatterns.Day)] string? PublishedAt,
    string Language,
    DateTimeOffset IngestedAt,
    DateTimeOffset UpdatedAt,
    string Text,
    IReadOnlyList<EventResponse> Events);

/// <summary>An article in a list (without its text and events).</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Url">Its address, if known.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Publisher">Its publisher.</param>
/// <param name="PublishedAt">Its publication date, YYYY-MM-DD.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="IngestedAt">When it was first stored.</param>
/// <param name="EventCount">How many events it is a source of.</param>
public sealed record ArticleSummary(
    Guid Id,
    string? Url,
    string? Title,
    string? Publisher,
    [property: RegularExpression(WirePatterns.Day)] string? PublishedAt,
    string Language,
    DateTimeOffset IngestedAt,
    int EventCount);

/// <summary>One page of articles, newest first.</summary>
/// <param name="Items">The articles.</param>
/// <param name="NextCursor">Pass as cursor= for the next page; null on the last page.</param>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, string? NextCursor);
