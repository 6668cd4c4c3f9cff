using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>
/// Who takes part in the event a trigger names: the actors of its clause before the trigger (its subjects) and
/// after it up to the end of the clause (its objects), leaving out places, quotes and possessors of other things.
/// </summary>
internal sealed class SentenceParticipants(TriggerLexicon lexicon)
{
    private const int PossessiveReach = 3;
    private const int FrontedPhraseReach = 5;
    private const int ObjectReach = 20;

    private static readonly HashSet<string> ClauseOpeners = ["that", "which", "who"];
    private static readonly HashSet<string> FrontingPrepositions = ["in", "during", "at"];
    private static readonly HashSet<string> PlacePrepositions = ["in", "to", "at", "from", "near", "around", "off", "visit", "visited"];

    public IEnumerable<ActorMention> Subjects(SentenceView view, IReadOnlyList<PhraseMatch<EventCategory>> triggers, int index)
    {
        var trigger = triggers[index];
        var triggerStart = view.Tokens[trigger.First].Start;
        var openerStart = LastClauseOpener(view, trigger.First);
        var previousEnd = index == 0 ? view.Sentence.Start : view.Tokens[triggers[index - 1].Last].End;
        var from = Math.Max(previousEnd, openerStart ?? view.Sentence.Start);
        var subjects = Acting(view, from, triggerStart, trigger.First).ToList();
        if (subjects.Count == 0 && openerStart is null && index > 0)
        {
            subjects = Acting(view, view.Sentence.Start, triggerStart, trigger.First).ToList();
        }

        if (subjects.Count == 0 && IsInFrontedPhrase(view, trigger.First))
        {
            // "In a separate meeting with Dimon on Thursday, He Lifeng said ...": the subject follows the phrase.
            subjects = FirstPersonAfterClause(view, trigger.Last).ToList();
        }

        return trigger.Value.Bilateral ? subjects : subjects.TakeLast(1);
    }

    /// <summary>
    /// Mentions after the trigger up to the end of its clause: a comma, semicolon, dash, an infinitive ("to build")
    /// or a clause word ("since", "after") ends it, except a comma that opens an apposition naming a person
    /// ("his counterpart, Wang Yi,").
    /// </summary>
    public IEnumerable<ActorMention> Objects(SentenceView view, PhraseMatch<EventCategory> trigger)
    {
        var start = view.Tokens[trigger.Last].End;
        var end = Math.Min(ClauseEnd(view, trigger.Last), ReachEnd(view, trigger.Last));
        var objects = view.Actors.Where(m => m.Start >= start && m.Start < end && IsParticipant(view, m, trigger.Last) && !IsPossessive(view, m));

        // Tariffs and export controls fall on countries and companies; a person named after them is someone else.
        return trigger.Value.Type is EventType.Tariff or EventType.ExportControl
            ? objects.Where(m => m.Actor.Kind != ActorKind.Person)
            : objects;
    }

    private static int ReachEnd(SentenceView view, int triggerLast) =>
        triggerLast + ObjectReach < view.Tokens.Count ? view.Tokens[triggerLast + ObjectReach].Start : view.Sentence.End;

    private static bool IsPossessive(SentenceView view, ActorMention mention)
    {
        var text = view.Sentence.Text;
        var at = mention.End - view.Sentence.Start;
        return at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] == 's';
    }

    private IEnumerable<ActorMention> Acting(SentenceView view, int from, int to, int triggerFirst) =>
        view.Actors.Where(m => m.Start >= from && m.End <= to && IsParticipant(view, m, triggerFirst));

    private static int? LastClauseOpener(SentenceView view, int triggerFirst)
    {
        for (var i = triggerFirst - 1; i >= 0; i--)
        {
            if (ClauseOpeners.Contains(view.Tokens[i].Lower))
            {
                return view.Tokens[i].End;
            }
        }

        return null;
    }

    private static bool IsInFrontedPhrase(SentenceView view, int triggerFirst) =>
        triggerFirst < FrontedPhraseReach && view.Tokens.Count > 0 && FrontingPrepositions.Contains(view.Tokens[0].Lower);

    private IEnumerable<ActorMention> FirstPersonAfterClause(SentenceView view, int triggerLast)
    {
        var end = ClauseEnd(view, triggerLast);
        return view.Actors.Where(m => m.Start >= end && m.Actor.Kind == ActorKind.Person).Take(1);
    }

    private bool IsParticipant(SentenceView view, ActorMention mention, int triggerToken) =>
        !view.IsQuoted(mention.Start) && !IsPlaceUse(view, mention) && !PossessesSomethingElse(view, mention, triggerToken);

    /// <summary>"in Beijing", "to Taiwan", "Geneva, Switzerland": a country or capital named as a place, not acting.</summary>
    private static bool IsPlaceUse(SentenceView view, ActorMention mention)
    {
        if (mention.Actor.Kind != ActorKind.Country)
        {
            return false;
        }

        var previous = Tokenizer.Before(view.Tokens, mention.Start);
        var followsPlace = view.Places.Any(p => p.Start < mention.Start && mention.Start - p.End <= 2);
        return followsPlace || PlacePrepositions.Contains(previous.Lower ?? string.Empty);
    }

    /// <summary>"Trump's priorities during the meeting": Trump owns the priorities, he is not at the meeting.</summary>
    private static bool PossessesSomethingElse(SentenceView view, ActorMention mention, int triggerToken)
    {
        if (!IsPossessive(view, mention))
        {
            return false;
        }

        var owned = view.Tokens.Count(t => t.Start > mention.End && t.End <= view.Tokens[triggerToken].Start);
        return mention.End < view.Tokens[triggerToken].Start && owned >= PossessiveReach;
    }

    private int ClauseEnd(SentenceView view, int triggerLast)
    {
        var text = view.Sentence.Text;
        var offset = view.Sentence.Start;
        var tokenIndex = triggerLast + 1;
        for (var i = view.Tokens[triggerLast].End - offset; i < text.Length; i++)
        {
            while (tokenIndex < view.Tokens.Count && view.Tokens[tokenIndex].Start - offset < i)
            {
                tokenIndex++;
            }

            var c = text[i];
            var breaks = c is ';' or '—' or '('
                || (c == ',' && !OpensApposition(view, i + offset))
                || (c == ' ' && StartsInfinitive(text, i + 1))
                || (tokenIndex < view.Tokens.Count && view.Tokens[tokenIndex].Start - offset == i
                    && lexicon.ClauseBreakers.Contains(view.Tokens[tokenIndex].Lower));
            if (breaks)
            {
                return i + offset;
            }
        }

        return view.Sentence.End;
    }

    /// <summary>", Wang Yi," or ", David Perdue." after a title: the name set off by commas is the one the title meant.</summary>
    private static bool OpensApposition(SentenceView view, int comma) =>
        view.Actors.Any(m => m.Actor.Kind == ActorKind.Person && m.Start > comma && m.Start <= comma + 3 && IsSetOff(view, m));

    private static bool IsSetOff(SentenceView view, ActorMention mention)
    {
        var rest = view.Sentence.Text.AsSpan(mention.End - view.Sentence.Start).TrimStart();
        return rest.IsEmpty || rest[0] is ',' or '.' or ';';
    }

    private static bool StartsInfinitive(string text, int i) =>
        i + 3 < text.Length && text[i] == 't' && text[i + 1] == 'o' && text[i + 2] == ' ' && char.IsLower(text[i + 3])
        && !text.AsSpan(i + 3).StartsWith("the ", StringComparison.Ordinal);
}
