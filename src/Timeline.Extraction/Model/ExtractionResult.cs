namespace Timeline.Extraction.Model;

/// <summary>How the document date (the anchor for relative dates) was found.</summary>
public enum DocumentDateRule
{
    PublishedAt,
    PageMetadata,
    Dateline,
    LatestMentionedDate,
    ReferenceEvent,
    None,
}

/// <summary>The date an article speaks from, at the precision the evidence supports.</summary>
public sealed record DocumentDate(EventDate? Date, DocumentDateRule Rule);

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
