using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Core.Corrections;

/// <summary>
/// Values an editor sets, each field optional (null member = not given). <see cref="Location"/> may be set to null,
/// which <see cref="LocationGiven"/> tells apart from not given.
/// </summary>
public sealed record EventValues
{
    public string? Title { get; init; }

    public string? Summary { get; init; }

    public string? Type { get; init; }

    public EventDate? Date { get; init; }

    public IReadOnlyList<ParticipantValue>? Participants { get; init; }

    public bool LocationGiven { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>The fields given, by their API names.</summary>
    public IEnumerable<string> Fields()
    {
        if (Title is not null) yield return EventFields.Title;
        if (Summary is not null) yield return EventFields.Summary;
        if (Type is not null) yield return EventFields.Type;
        if (Date is not null) yield return EventFields.Date;
        if (Participants is not null) yield return EventFields.Participants;
        if (LocationGiven) yield return EventFields.Location;
        if (Topics is not null) yield return EventFields.Topics;
    }

    /// <summary>The value of a given field in the API's form (as stored in events.corrections).</summary>
    public object? ValueOf(string field) => field switch
    {
        EventFields.Title => Title,
        EventFields.Summary => Summary,
        EventFields.Type => Type,
        EventFields.Date => WireDate.Format(Date),
        EventFields.Participants => Participants,
        EventFields.Location => Location,
        EventFields.Topics => Topics,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an event field."),
    };
}
