namespace Timeline.Data.Editing;

public enum EditStatus
{
    Done,
    NotFound,
    Stale,
    Conflict,
    Invalid,
}

/// <summary>How an editor's change went: done (with the event's new version), or why not.</summary>
public sealed record EditOutcome(EditStatus Status, Guid EventId, int Version = 0, string? Detail = null)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public static EditOutcome NotFound(Guid id) => new(EditStatus.NotFound, id, Detail: $"No event has id {id}.");

    public static EditOutcome Stale(Guid id, int version) =>
        new(EditStatus.Stale, id, version, $"The event changed since you read it (it is at version {version}); read it again and redo your change.");

    public static EditOutcome Conflict(Guid id, string detail) => new(EditStatus.Conflict, id, Detail: detail);

    public static EditOutcome Invalid(Guid id, string field, string message) =>
        new(EditStatus.Invalid, id) { Errors = new Dictionary<string, string[]> { [field] = [message] } };
}

/// <summary>Who changes an event and why, for its history.</summary>
public sealed record EditorNote(string Editor, string? Reason);
