using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// "During the call, Wang criticized the export curbs": what a participant of a meeting, call or talks says in the
/// sentence that reports it or within <see cref="Reach"/> sentences after, on no other day, is what was said there. It
/// becomes evidence of the encounter, not an event of its own.
/// </summary>
internal static class EncounterContent
{
    public const int Reach = 2;

    public static List<ReportedEvent> Absorb(List<ReportedEvent> events)
    {
        var encounters = events.Where(e => e.Type is EventType.Meeting or EventType.Call or EventType.Talks).ToList();
        var kept = new List<ReportedEvent>();
        foreach (var reported in events)
        {
            var encounter = reported.Type is EventType.Statement or EventType.Accusation
                ? encounters.FirstOrDefault(e => SaidThere(reported, e))
                : null;
            if (encounter is null)
            {
                kept.Add(reported);
            }
            else
            {
                encounter.Content.AddRange(reported.Mentions);
            }
        }

        return kept;
    }

    private static bool SaidThere(ReportedEvent declaration, ReportedEvent encounter)
    {
        var speakers = declaration.Agents.Select(a => a.Actor).ToList();
        var people = encounter.Persons.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var sides = encounter.Persons.Select(p => p.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return speakers.Count > 0
            && speakers.All(s => s.Kind == ActorKind.Person ? people.Contains(s.Id) : sides.Contains(TimelineScope.SideOf(s) ?? ""))
            && encounter.Mentions.Any(m => declaration.First.Sentence - m.Sentence is >= 0 and <= Reach)
            && (declaration.OwnDate is null || encounter.OwnDate is null || declaration.OwnDate.CanBeSameEventAs(encounter.OwnDate));
    }
}
