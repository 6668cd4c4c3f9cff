using Timeline.Core.Corrections;

namespace Timeline.Api.Events.Editing;

/// <summary>A correction: a JSON Merge Patch (RFC 7396) of the event; give only the fields to change, and why.</summary>
/// <param name="Title">The one-line description.</param>
/// <param name="Summary">A short summary.</param>
/// <param name="Type">meeting, call, talks, agreement, statement, accusation, tariff, export_control, sanction, appointment or other.</param>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY: the form says the precision.</param>
/// <param name="DatePrecision">Optional: day, month or year, which must agree with the date's form.</param>
/// <param name="Participants">Actor ids (see /api/v1/actors) or objects {"id", "role"}; replaces the whole list.</param>
/// <param name="Location">Where it happened; null removes it.</param>
/// <param name="Topics">Subjects such as trade; replaces the whole list.</param>
/// <param name="Reason">Required: why, for the event's history.</param>
public sealed record EventPatchRequest(
    string? Title, string? Summary, string? Type, string? Date, string? DatePrecision,
    IReadOnlyList<ParticipantValue>? Participants, string? Location, IReadOnlyList<string>? Topics, string Reason);

/// <summary>An event the extractor missed, with its source.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY.</param>
/// <param name="Title">The one-line description.</param>
/// <param name="Summary">A short summary (the title when left out).</param>
/// <param name="Participants">Actor ids or {"id", "role"} objects.</param>
/// <param name="Location">Where it happened.</param>
/// <param name="Topics">Subjects.</param>
/// <param name="Citation">The source: a stored article and the offsets of its sentence, or a url with a quote.</param>
/// <param name="Reason">Required: why it is added.</param>
public sealed record AddEventRequest(
    string Type, string? Date, string Title, string? Summary, IReadOnlyList<ParticipantValue>? Participants,
    string? Location, IReadOnlyList<string>? Topics, CitationRequest Citation, string Reason);

/// <summary>The source of an added event: articleId with start and end (checked against the stored text, quote optional), or url with quote.</summary>
/// <param name="ArticleId">A stored article.</param>
/// <param name="Start">Offset of the sentence's first character in the article's text (see GET /api/v1/articles/{id}).</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Url">An address, for a source not stored here.</param>
/// <param name="Quote">The sentence; required with url, and checked against the text when given with articleId.</param>
public sealed record CitationRequest(Guid? ArticleId, int? Start, int? End, string? Url, string? Quote);

/// <summary>Why an editor hides, restores or verifies an event.</summary>
/// <param name="Reason">Why, for the event's history (required to hide or restore).</param>
public sealed record ReasonRequest(string? Reason);

/// <summary>Another event to merge into this one.</summary>
/// <param name="Other">The id of the event to merge into this one; its id then leads here.</param>
/// <param name="Reason">Required: why, for the history.</param>
public sealed record MergeRequest(Guid Other, string Reason);

/// <summary>Sources to split out of this event into a new one.</summary>
/// <param name="ArticleIds">Source articles of this event that report another event.</param>
/// <param name="Reason">Required: why, for the history.</param>
public sealed record SplitRequest(IReadOnlyList<Guid> ArticleIds, string Reason);

/// <summary>An event's history, oldest first.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Items">Every change: the machine's (who is null) and the editors'.</param>
public sealed record HistoryResponse(Guid EventId, IReadOnlyList<HistoryItem> Items);

/// <summary>One change of an event.</summary>
/// <param name="Id">Increasing: the order of the changes.</param>
/// <param name="EventId">The event changed (an event later merged into this one keeps its own id here).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Who">The editor key's name; null for the machine.</param>
/// <param name="Action">extracted, source-joined, source-left, refined, reextracted, removed, corrected, added, hidden, restored, verified, merged, merged-into, split or split-from.</param>
/// <param name="Changes">Per field, the value before and after.</param>
/// <param name="Reason">Why (editors' changes).</param>
public sealed record HistoryItem(long Id, Guid EventId, DateTimeOffset At, string? Who, string Action, IReadOnlyList<HistoryChange> Changes, string? Reason);

/// <summary>One field of a change.</summary>
/// <param name="Field">title, summary, type, date, participants, location, topics, sources, hidden, verified, merged, ...</param>
/// <param name="Before">The value before (null when it had none).</param>
/// <param name="After">The value after.</param>
public sealed record HistoryChange(string Field, System.Text.Json.JsonElement? Before, System.Text.Json.JsonElement? After);
