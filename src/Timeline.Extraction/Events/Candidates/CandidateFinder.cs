using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;

namespace Timeline.Extraction.Events.Candidates;

/// <summary>
/// Proposes every phrase of the lexicon in a sentence as a candidate, longest first and without overlap. Recall comes
/// first: a candidate missed here is lost for good, so the only phrases left out are those the language rules out
/// (an exclusion such as "call for" covers them, or they stand inside a name: "Summit Group").
/// </summary>
internal static class CandidateFinder
{
    public static IReadOnlyList<Candidate> Find(SentenceFacts facts, EventLexicon lexicon)
    {
        var candidates = new List<Candidate>();
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
                var preferred = Preferred(entries).ToList();
                var trigger = new Trigger(preferred[0].Kind!, NounAfterDeterminer(facts, preferred[0].Form, i), i, i + length);
                var readings = preferred.Select(e => e.Kind!).Distinct().ToList();
                candidates.Add(new Candidate(facts, trigger, Clauses.Around(facts, trigger.First, trigger.End), readings));
            }

            i += length;
        }

        return candidates;
    }

    /// <summary>"a meeting with", "their meeting": after a determiner, an -ing form is a noun.</summary>
    private static LexicalForm NounAfterDeterminer(SentenceFacts facts, LexicalForm form, int first) =>
        form == LexicalForm.Gerund && facts.Cues.Any(c => c.Cue == Cue.Determiner && c.End == first) ? LexicalForm.Noun : form;

    /// <summary>"meeting" is both a noun and the gerund of "meet": the noun reading comes first; otherwise the lexicon's order.</summary>
    private static IEnumerable<TriggerEntry> Preferred(IReadOnlyList<TriggerEntry> entries) =>
        entries.Where(e => e.Form == LexicalForm.Noun).Concat(entries.Where(e => e.Form != LexicalForm.Noun));

    private static bool InsideActorName(SentenceFacts facts, int first, int end) =>
        facts.Actors.Any(a => a.First <= first && end <= a.End);
}
