namespace Timeline.Data.Entities;

/// <summary>
/// An editor's source for an event: a sentence of a stored article (offsets into its text) or a URL with a quote.
/// The quote is kept when the article is deleted.
/// </summary>
public sealed class EventCitation
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public Guid? ArticleId { get; set; }

    public string? Url { get; set; }

    public required string Quote { get; set; }

    public int? Start { get; set; }

    public int? End { get; set; }

    public required string Editor { get; set; }

    public DateTimeOffset At { get; set; }

    public Event Event { get; set; } = null!;

    public Article? Article { get; set; }
}
