using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// What is agreed just after an encounter is told is what its people agreed there: "Biden met Xi on Wednesday. Xi agreed
/// to curb fentanyl exports." An agreement reported within <see cref="Reach"/> sentences after a meeting, call or talks,
/// that names none of the encounter's people or only some of them, takes the encounter's people, and its day when the
/// text writes none of its own.
/// </summary>
internal static class EncounterOutcomes
{
    public const int Reach = 3;

    public static void Attach(IReadOnlyList<ReportedEvent> events)
    {
        foreach (var agreement in events.Where(e => e.Type == EventType.Agreement))
        {
            var first = agreement.First.Sentence;
            var encounter = events
                .Where(e => e.Type is EventType.Meeting or EventType.Call or EventType.Talks && e.Date is not null)
                .Where(e => e.Mentions.Any(m => first - m.Sentence is >= 0 and <= Reach))
                .Where(e => agreement.Persons.All(p => e.Persons.Any(met => met.Id == p.Id)))
                .MinBy(e => first - e.Mentions.Where(m => m.Sentence <= first).Max(m => m.Sentence));
            if (encounter is null)
            {
                continue;
            }

            agreement.AddedPersons.AddRange(encounter.Persons.Where(p => agreement.Persons.All(named => named.Id != p.Id)));
            if (!agreement.DateWritten)
            {
                agreement.Date = encounter.Date;
                agreement.DateWritten = encounter.DateWritten;
            }
        }
    }
}
