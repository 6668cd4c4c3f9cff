namespace Timeline.Data.Entities;

/// <summary>A re-extraction of the stored archive: walks articles in id order, <see cref="Cursor"/> is the last one done.</summary>
public sealed class ReextractionJob
{
    public Guid Id { get; set; }

    /// <summary>running, completed or failed.</summary>
    public required string State { get; set; }

    public required string ExtractorVersion { get; set; }

    public int Total { get; set; }

    public int Done { get; set; }

    /// <summary>Articles whose events changed.</summary>
    public int Changed { get; set; }

    public Guid? Cursor { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Seconds of work so far, across resumptions (for the rate).</summary>
    public double Seconds { get; set; }

    public string? Error { get; set; }
}
