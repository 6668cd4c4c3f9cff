using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>
/// Who a mention names: <see cref="Agents"/> act or, for an encounter, stand on the trigger's left; <see cref="Others"/>
/// are met, targeted or appointed. <see cref="Destination"/> is where a trip goes; <see cref="CounterpartOf"/> the country
/// of a "Chinese counterpart" the sentence leaves unnamed.
/// </summary>
internal sealed record MentionParticipants(
    IReadOnlyList<ActorSpan> Agents,
    IReadOnlyList<ActorSpan> Others,
    string? Destination,
    Actor? CounterpartOf)
{
    public static MentionParticipants None { get; } = new([], [], null, null);

    public IEnumerable<ActorSpan> All => Agents.Concat(Others);

    public IEnumerable<Actor> Persons => All.Select(a => a.Actor).Where(a => a.Kind == ActorKind.Person).DistinctBy(a => a.Id);
}
