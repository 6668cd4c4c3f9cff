using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Triggers;

/// <summary>
/// Finds the lexicon's phrases in a sentence, longest first and without overlap. An exclusion found at a position
/// ("call for") hides the triggers it covers; a kind that requires a word ("confirmed" near "ambassador") keeps a
/// trigger only when its clause has one.
/// </summary>
internal static class TriggerFinder
{
    private const int DeterminerReach = 4;

    public static IReadOnlyList<Trigger> Find(SentenceFacts facts, EventLexicon lexicon)
    {
        var triggers = new List<Trigger>();
        var tokens = facts.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var (entries, length) = lexicon.Phrases.Match(tokens, i, tokens.Count);
            if (length == 0 || InsideActorName(facts, i, i + length))
            {
                i++;
                continue;
            }

            if (entries.All(e => e.Role == TriggerRole.Trigger))
            {
                // The first reading whose conditions hold: "said" is a rebuke where the sentence disapproves, else a remark.
                var found = Preferred(entries)
                    .Select(entry => new Trigger(entry.Kind!, NounAfterDeterminer(facts, entry.Form, i), i, i + length))
                    .FirstOrDefault(trigger => RequirementMet(facts, trigger) && ReadsAsItsKind(facts, trigger, lexicon) && InItsPlace(facts, trigger));
                if (found is not null)
                {
                    triggers.Add(found);
                }
            }

            i += length;
        }

        return triggers;
    }

    /// <summary>"a meeting with", "their meeting": after a determiner, an -ing form is a noun.</summary>
    private static LexicalForm NounAfterDeterminer(SentenceFacts facts, LexicalForm form, int first) =>
        form == LexicalForm.Gerund && facts.Cues.Any(c => c.Cue == Cue.Determiner && c.End == first) ? LexicalForm.Noun : form;

    /// <summary>"meeting" is both a noun and the gerund of "meet": the noun reading comes first; otherwise the lexicon's order.</summary>
    private static IEnumerable<TriggerEntry> Preferred(IReadOnlyList<TriggerEntry> entries) =>
        entries.Where(e => e.Form == LexicalForm.Noun).Concat(entries.Where(e => e.Form != LexicalForm.Noun));

    /// <summary>A lead-only kind counts in the headline or lead, or where its clause writes a date ("said on Tuesday").</summary>
    private static bool InItsPlace(SentenceFacts facts, Trigger trigger)
    {
        if (!trigger.Kind.LeadOnly || facts.IsHeadline || facts.IsLead)
        {
            return true;
        }

        var clause = Clauses.Around(facts, trigger.First, trigger.End);
        return facts.Dates.Any(d => clause.Covers(d.First, d.End));
    }

    /// <summary>Words inside a name or title are not triggers ("Summit Group", "Trade Representative"); "Senate confirmed" is.</summary>
    private static bool InsideActorName(SentenceFacts facts, int first, int end) =>
        facts.Actors.Any(a => a.First <= first && end <= a.End);

    /// <summary>
    /// "China calls Biden's comments absurd" is no phone call: a noun that is also a verb needs a determiner, a
    /// possessive, a number or a date before it ("the call", "Thursday's call", "their first call", "a Monday call").
    /// A statement verb in -ing form describes rather than reports ("both sides signaling that ...").
    /// </summary>
    private static bool ReadsAsItsKind(SentenceFacts facts, Trigger trigger, EventLexicon lexicon)
    {
        if (trigger.Kind.Type == Model.EventType.Statement && trigger.Form == LexicalForm.Gerund)
        {
            return false;
        }

        if (!trigger.IsNoun || trigger.End - trigger.First != 1 || !lexicon.VerbLikeNouns.Contains(facts.Key(trigger.First)))
        {
            return true;
        }

        // Look past quotation marks and a few lowercase words: what "a “very positive” call" is.
        var before = trigger.First - 1;
        for (var skipped = 0; before >= 0 && skipped < DeterminerReach; before--)
        {
            if (facts.Key(before) == "\"")
            {
                continue;
            }

            skipped++;
            if (facts.Key(before) == "'s" || facts.Tokens[before].Shape == Text.TokenShape.Number
                || facts.Cues.Any(c => c.Cue == Cue.Determiner && c.End == before + 1)
                || facts.Dates.Any(d => d.End == before + 1))
            {
                return true;
            }

            if (facts.Tokens[before].Shape != Text.TokenShape.Lower)
            {
                return false;
            }
        }

        return false;
    }

    private static bool RequirementMet(SentenceFacts facts, Trigger trigger)
    {
        if (trigger.Kind.Requires.Count == 0)
        {
            return true;
        }

        var clause = trigger.Kind.RequiresSentence ? new TokenRange(0, facts.Tokens.Count) : Clauses.Around(facts, trigger.First, trigger.End);
        for (var t = clause.First; t < clause.End; t++)
        {
            if (trigger.Kind.Requires.Contains(facts.Tokens[t].Key))
            {
                return true;
            }
        }

        return false;
    }
}
