using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Folds the mentions of an article into events: each mention, in reading order, joins the most recent event of its
/// family that it does not contradict (its date can be that event's day, and one of the two names the other's people),
/// else starts an event. An event stays open for <see cref="Reach"/> sentences after its last report, so folding is
/// linear in the text; a full event (<see cref="MaxReports"/>) takes no more.
/// </summary>
internal static class MentionFolding
{
    public const int Reach = 60;

    /// <summary>An event keeps at most this many reports: a text that repeats itself does not pile evidence on one event.</summary>
    public const int MaxReports = 40;

    public static List<ReportedEvent> Fold(IEnumerable<Mention> mentions, CancellationToken cancellationToken = default)
    {
        var events = new List<ReportedEvent>();
        foreach (var mention in mentions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var family = ReportedEvent.FamilyOf(mention);
            ReportedEvent? joined = null;
            for (var e = events.Count - 1; e >= 0 && joined is null; e--)
            {
                var candidate = events[e];
                if (mention.Sentence - candidate.LastSentence <= Reach && candidate.Family == family && Agrees(candidate, mention))
                {
                    joined = candidate;
                }
            }

            if (joined is null)
            {
                events.Add(new ReportedEvent(mention));
            }
            else if (joined.Mentions.Count < MaxReports)
            {
                joined.Mentions.Add(mention);
            }
        }

        return events;
    }

    private static bool Agrees(ReportedEvent reported, Mention mention) =>
        DatesAgree(reported.OwnDate, mention.OwnDate)
        && Nested(reported.Persons.Select(p => p.Id).ToHashSet(), mention.Persons.Select(p => p.Id).ToHashSet())
        && SidesAgree(reported.Agents.Select(a => Context.Side(a.Actor)).ToHashSet(), mention.Agents.Select(a => Context.Side(a.Actor)).ToHashSet());

    private static bool DatesAgree(EventDate? a, EventDate? b) => a is null || b is null || a.CanBeSameEventAs(b);

    /// <summary>"Xi met Biden" and "the two leaders met" can be one meeting; "Xi met Biden" and "Xi met Putin" cannot.</summary>
    private static bool Nested(HashSet<string> a, HashSet<string> b) => a.Count == 0 || b.Count == 0 || a.IsSubsetOf(b) || b.IsSubsetOf(a);

    private static bool SidesAgree(HashSet<string> a, HashSet<string> b) => a.Count == 0 || b.Count == 0 || a.Overlaps(b);
}
