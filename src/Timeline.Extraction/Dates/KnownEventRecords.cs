using System.Text.Json.Serialization;
using Timeline.Extraction.Data;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Data/known-events.json as written: major dated US-China events that undated background mentions
/// ("since the balloon was shot down") can be linked to. Unknown fields are rejected so a misspelt key fails loudly.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record KnownEventsFile(
    [property: JsonPropertyName("_comment")] string? Comment,
    IReadOnlyList<KnownEventRecord> Events)
{
    public static KnownEventsFile Load() => EmbeddedData.Load<KnownEventsFile>("known-events.json");
}

/// <summary>
/// One entry: <see cref="Date"/> is YYYY-MM-DD or YYYY-MM (never an invented day), <see cref="End"/> the last day of a
/// multi-day event. A sentence may refer to it only when every group of <see cref="Cues"/> has a phrase in it.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record KnownEventRecord(
    string Id,
    string Date,
    string? End,
    string Type,
    IReadOnlyList<string> Participants,
    string? Agent,
    string? Place,
    IReadOnlyList<IReadOnlyList<string>> Cues,
    string Summary);
