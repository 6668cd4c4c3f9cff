using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Mentions;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Folds the mentions of an article into events, in reading order: a mention joins the most recent event of its
/// family whose date and people it does not contradict; an asserted mention that joins none starts a new event,
/// a bare reference ("the talks") that joins none is dropped.
/// </summary>
internal static class Coreference
{
    /// <summary>
    /// A mention this many sentences after an event's last report starts another: far more than a news article's
    /// length, it keeps folding linear in a very long text.
    /// </summary>
    public const int Reach = 60;

    /// <summary>An event keeps at most this many reports as its evidence; more say nothing new and only slow folding down.</summary>
    private const int MaxReports = 40;

    public static List<EventDraft> Fold(IEnumerable<EventMention> mentions, EventKind meeting, CancellationToken cancellationToken = default)
    {
        var drafts = new List<EventDraft>();
        var open = new List<EventDraft>();
        var sentence = -1;
        foreach (var mention in mentions)
        {
            if (mention.Sentence != sentence)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sentence = mention.Sentence;
                open.RemoveAll(d => sentence - d.LastSentence > Reach);
            }

            var home = open
                .Where(d => (d.Family == EventDraft.FamilyOf(mention.Kind) || SameHeadNoun(d, mention)) && Compatible(d, mention) && !ApartInSentence(d, mention))
                .OrderByDescending(d => d.LastSentence)
                .FirstOrDefault();
            if (home is not null)
            {
                if (home.Mentions.Count < MaxReports)
                {
                    home.Mentions.Add(mention);
                }
            }
            else if (mention.Asserted)
            {
                var draft = new EventDraft(mention, meeting);
                drafts.Add(draft);
                open.Add(draft);
            }
        }

        return drafts;
    }

    /// <summary>
    /// "Washington's $11.1 billion weapons deal ... The latest deal, announced on December 17": a reference that ends in
    /// the head noun of an earlier event's trigger speaks of that event, whatever kind its own word would say.
    /// </summary>
    private static bool SameHeadNoun(EventDraft draft, EventMention mention)
    {
        if (!mention.Trigger.IsNoun || mention.Trigger.End - mention.Trigger.First != 1 || mention.Facts.Key(mention.Trigger.First - 1) is not ("the" or "this" or "that" or "latest" or "new"))
        {
            return false;
        }

        var head = mention.Facts.Key(mention.Trigger.First);
        return draft.Mentions.Any(m => m.Trigger.IsNoun && m.Trigger.End - m.Trigger.First > 1 && m.Facts.Key(m.Trigger.End - 1) == head);
    }

    /// <summary>"The dialogue marked the first contact after their heads of state had a phone call": a clause that names
    /// another event as a time or a cause speaks, in the same sentence, of another event.</summary>
    private static bool ApartInSentence(EventDraft draft, EventMention mention) =>
        draft.Mentions.Any(m => m.Sentence == mention.Sentence && m.InBackgroundClause != mention.InBackgroundClause);

    private static bool Compatible(EventDraft draft, EventMention mention)
    {
        if (draft.WrittenDate is { } written && mention.Date is { } date && !written.CanBeSameEventAs(date.Date))
        {
            return false;
        }

        var people = draft.Persons.Select(p => p.Id).ToHashSet();
        var mentioned = mention.Participants.Persons.Select(p => p.Id).ToHashSet();

        // "The meeting, following a September teleconference": an earlier event named in passing, by no one, is not
        // the one a later sentence names people for.
        if (people.Count == 0 && mentioned.Count > 0 && !draft.Agents.Any() && draft.Mentions.All(m => m.InBackgroundClause))
        {
            return false;
        }

        if (people.Count > 0 && mentioned.Count > 0 && !people.IsSubsetOf(mentioned) && !mentioned.IsSubsetOf(people))
        {
            return false;
        }

        if (mention.Kind.Shape is EventShape.Encounter)
        {
            return true;
        }

        // Acts and declarations of different sides ("Trump's tariffs, and Beijing's") are different events.
        var sides = draft.Agents.Select(a => SideOf(a.Actor)).OfType<string>().ToHashSet();
        var mentionSides = mention.Participants.Agents.Select(a => SideOf(a.Actor)).OfType<string>().ToHashSet();
        return sides.Count == 0 || mentionSides.Count == 0 || sides.Overlaps(mentionSides);
    }

    public static string? SideOf(Actor actor) => actor.Kind == ActorKind.Country ? actor.Name : actor.Country;
}
