namespace Timeline.Extraction.Model;

/// <summary>How the document date (the anchor for relative dates) was found.</summary>
public enum DocumentDateRule
{
    PublishedAt,
    PageMetadata,
    Dateline,
    LatestMentionedDate,
    ReferenceEvent,

    /// <summary>A month-day written with its weekday ("Thursday (March 18)") that falls on it in one year only.</summary>
    WeekdayAgreement,

    /// <summary>
    /// No longer set: the day of a widely reported event the article led with once dated it. A table of known events does
    /// not date an article (issue 13); the value stays so that stored documents and clients that name it still parse.
    /// </summary>
    KnownEvent,
    None,
}

/// <summary>
/// The date an article speaks from, at the precision the evidence supports. <see cref="Dateline"/> is where the
/// text's own dateline or byline date stands, if it has one: that date anchors the article but dates no event.
/// </summary>
public sealed record DocumentDate(EventDate? Date, DocumentDateRule Rule, TextSpan? Dateline = null);

/// <summary>The article after cleaning: story text (offsets of evidence point into it) and metadata.</summary>
public sealed record CleanedArticle(
    string Text,
    string? Title,
    string? Publisher,
    DateOnly? PublishedAt,
    string Language,
    IReadOnlyList<TextSpan> Captions);

/// <summary>A [Start, End) range of characters in the cleaned text.</summary>
public sealed record TextSpan(int Start, int End);

public sealed record ExtractionResult(CleanedArticle Article, DocumentDate DocumentDate, IReadOnlyList<ExtractedEvent> Events);
