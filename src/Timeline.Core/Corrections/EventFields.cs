using Timeline.Core.Claims;
using Timeline.Core.Merging;

namespace Timeline.Core.Corrections;

/// <summary>The fields an editor can correct, by the names the API, the corrections and the history use.</summary>
public static class EventFields
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Type = "type";
    public const string Date = "date";
    public const string Participants = "participants";
    public const string Location = "location";
    public const string Topics = "topics";

    public static readonly IReadOnlyList<string> All = [Title, Summary, Type, Date, Participants, Location, Topics];
}

/// <summary>A participant as an editor sets it: an actor id and, optionally, the title they held.</summary>
public sealed record ParticipantValue(string Id, string? Role);

/// <summary>The machine's values of an event, by field, in the API's form: what a corrected field shows beside the editor's.</summary>
public static class MachineValues
{
    public static Dictionary<string, object?> Of(DerivedEvent derived, int sources = 0) => new()
    {
        [EventFields.Title] = derived.Title,
        [EventFields.Summary] = derived.Summary,
        [EventFields.Type] = derived.Type,
        [EventFields.Date] = WireDate.Format(derived.Date),
        [EventFields.Participants] = derived.Participants.Select(p => new ParticipantValue(p.ActorId, p.Role)).ToList(),
        [EventFields.Location] = derived.Location,
        [EventFields.Topics] = derived.Topics,
        ["sources"] = sources,
    };
}
