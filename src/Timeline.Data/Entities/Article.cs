namespace Timeline.Data.Entities;

/// <summary>A stored article. Its identity is <see cref="Url"/> when present, else <see cref="ContentHash"/>.</summary>
public sealed class Article
{
    public Guid Id { get; set; }

    public string? Url { get; set; }

    /// <summary>SHA-256 of the whitespace-normalized submitted text or HTML.</summary>
    public required string ContentHash { get; set; }

    /// <summary>SHA-256 of everything submitted (content and metadata); equal means an unchanged re-post.</summary>
    public required string Fingerprint { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? PublishedAt { get; set; }

    public required string Language { get; set; }

    /// <summary>The cleaned story text; evidence offsets point into it.</summary>
    public required string Text { get; set; }

    /// <summary>The extractor version of the article's latest extraction; re-extraction skips articles already at the current one.</summary>
    public string? ExtractorVersion { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<EventSource> Sources { get; set; } = [];
}
