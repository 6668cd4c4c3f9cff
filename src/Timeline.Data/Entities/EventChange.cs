namespace Timeline.Data.Entities;

/// <summary>
/// One entry of an event's history, append-only (a trigger refuses UPDATE and DELETE): who (an editor key's name, or
/// null for the machine), when, what (<see cref="Changes"/>: before and after per field) and why.
/// </summary>
public sealed class EventChange
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The editor key's name; null for the machine.</summary>
    public string? Editor { get; set; }

    /// <summary>created, source-joined, source-left, refined, reextracted, corrected, added, hidden, restored, merged, split, verified.</summary>
    public required string Action { get; set; }

    /// <summary>JSON array of {field, before, after}.</summary>
    public string Changes { get; set; } = "[]";

    public string? Reason { get; set; }
}
