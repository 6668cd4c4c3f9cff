using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Service;

namespace Timeline.Evaluation.Scoring;

/// <summary>The one-to-one pairing of one file's gold events with its article's system events.</summary>
public sealed class FileMatching
{
    private FileMatching(FileOutcome outcome, MatchCheck[,] checks, int[] goldToEvent)
    {
        Outcome = outcome;
        Checks = checks;
        GoldToEvent = goldToEvent;
    }

    public FileOutcome Outcome { get; }

    /// <summary>Checks[g, s]: gold event g against system event s.</summary>
    public MatchCheck[,] Checks { get; }

    /// <summary>For each gold event, the index of its matched system event, or -1.</summary>
    public int[] GoldToEvent { get; }

    public IReadOnlyList<GoldEvent> Golds => Outcome.File.ExpectedEvents;

    public IReadOnlyList<SystemEvent> Events => Outcome.Events;

    public static FileMatching Create(FileOutcome outcome)
    {
        var golds = outcome.File.ExpectedEvents;
        var events = outcome.Events;
        var checks = new MatchCheck[golds.Count, events.Count];
        for (var g = 0; g < golds.Count; g++)
        {
            for (var s = 0; s < events.Count; s++)
            {
                checks[g, s] = MatchCheck.Compare(golds[g], events[s]);
            }
        }

        var required = golds.Select(gold => gold.Required).ToList();
        return new FileMatching(outcome, checks, OneToOneAssignment.Assign(required, checks));
    }

    public SystemEvent? MatchOf(int gold) => GoldToEvent[gold] is >= 0 and var s ? Events[s] : null;

    /// <summary>True when the system event matches at least one gold event of the file, assigned or not.</summary>
    public bool MatchesAnyGold(int system) =>
        Enumerable.Range(0, Golds.Count).Any(g => Checks[g, system].IsMatch);

    public bool IsAssigned(int system) => GoldToEvent.Contains(system);

    /// <summary>
    /// The system event most like a missed gold event: most criteria met, then fewest missing participants,
    /// then nearest date, then earliest in the list. Null when none shares the type or a participant.
    /// </summary>
    public (SystemEvent Event, MatchCheck Check)? ClosestTo(int gold) =>
        Enumerable.Range(0, Events.Count)
            .Select(s => (Event: Events[s], Check: Checks[gold, s]))
            .Where(c => c.Check.TypeMatches || c.Check.MissingParticipants.Count < Golds[gold].Participants.Count)
            .OrderByDescending(c => (c.Check.TypeMatches ? 1 : 0) + (c.Check.ParticipantsMatch ? 1 : 0) + (c.Check.DateMatches ? 1 : 0))
            .ThenBy(c => c.Check.MissingParticipants.Count)
            .ThenBy(c => c.Check.DateDistanceDays)
            .Cast<(SystemEvent, MatchCheck)?>()
            .FirstOrDefault();
}
