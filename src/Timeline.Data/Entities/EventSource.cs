namespace Timeline.Data.Entities;

/// <summary>
/// One article citing one event, with what THIS article claimed about it (date, place, people, evidence),
/// so conflicts between sources stay visible and the event can be re-derived when sources change.
/// </summary>
public sealed class EventSource
{
    public Guid EventId { get; set; }

    public Guid ArticleId { get; set; }

    /// <summary>The type this article gives the event (meeting, call, ...); the event's own type is derived from all of them.</summary>
    public required string Type { get; set; }

    public string? CameoCode { get; set; }

    /// <summary>The two-digit CAMEO root of <see cref="CameoCode"/> ("" without one), computed by the database; merges look up candidates by it.</summary>
    public string CameoRoot { get; private set; } = string.Empty;

    public DateOnly? Earliest { get; set; }

    public DateOnly? Latest { get; set; }

    public string? Precision { get; set; }

    public string? Location { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public double Confidence { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<ClaimParticipant> Participants { get; set; } = [];

    public List<EvidenceSpan> Evidence { get; set; } = [];

    /// <summary>Placed by an editor (merge, split, correction): merging never moves it out of its event.</summary>
    public bool Pinned { get; set; }

    /// <summary>The version of the extractor that made this claim (IArticleExtractor.Version).</summary>
    public string? ExtractorVersion { get; set; }

    /// <summary>The evidence passages joined by spaces; full-text search indexes it through the event.</summary>
    public required string EvidenceText { get; set; }

    public Event Event { get; set; } = null!;

    public Article Article { get; set; } = null!;
}

/// <summary>A participant as one source named it.</summary>
public sealed class ClaimParticipant
{
    public required string ActorId { get; set; }

    public required string Kind { get; set; }

    public string? Role { get; set; }

    /// <summary>True for who acts (the side imposing a tariff), false for whom the act falls on.</summary>
    public bool Acts { get; set; }

    /// <summary>The country (side) the actor belongs to or acts for, when known.</summary>
    public string? Country { get; set; }
}

/// <summary>A passage of the article's cleaned text with offsets [Start, End).</summary>
public sealed class EvidenceSpan
{
    public required string Text { get; set; }

    public int Start { get; set; }

    public int End { get; set; }
}
