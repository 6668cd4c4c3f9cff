using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>Whether the text reports that an event happened, or only speaks of one.</summary>
internal enum Factuality
{
    /// <summary>Reported as having happened (or happening).</summary>
    Reported,

    /// <summary>A measure announced for later ("China said it will impose tariffs"): the announcement is the event.</summary>
    Announced,

    Planned,
    Hedged,
    Negated,
    Generic,
    Quoted,
}

/// <summary>
/// Reads the words before a trigger in its clause: plans and invitations ("expected to meet", "the upcoming summit"),
/// hedges ("could impose"), negation ("did not meet"), conditions, habits ("has repeatedly protested"), quotes.
/// </summary>
internal static class FactualityJudge
{
    /// <summary>How far before a trigger its modal words are looked for.</summary>
    private const int CueWindow = 8;

    /// <summary>How close before a noun a modifier such as "upcoming" must stand.</summary>
    private const int ModifierWindow = 3;

    public static Factuality Judge(SentenceFacts facts, Trigger trigger, TokenRange clause)
    {
        // Words in quotes are someone's claim ("the United States imposed sanctions on us"), unless a statement is quoted
        // reporting, in the past and in the third person, what was done ("the Departments ... issued an advisory").
        if (facts.IsQuoted(trigger.First) && (trigger.Kind.LeadOnly || !IsQuotedReport(facts, trigger)))
        {
            return Factuality.Quoted;
        }

        if (Clauses.OpenerOf(facts, clause) is "whether" or "if" or "unless")
        {
            return Factuality.Hedged;
        }

        var from = Math.Max(clause.First, trigger.First - CueWindow);
        if (facts.IsQuestion || facts.HasCue(Cue.Hedge, from, trigger.First) || facts.HasCue(Cue.Conditional, from, trigger.First))
        {
            return Factuality.Hedged;
        }

        if (facts.HasCue(Cue.Negation, from, trigger.First) && !IsSettingOfNegatedWords(facts, trigger, from))
        {
            return Factuality.Negated;
        }

        if (facts.HasCue(Cue.Generic, from, trigger.First))
        {
            return Factuality.Generic;
        }

        var intended = facts.CuesIn(Cue.Planned, from, trigger.First).Any(c => !IsContinuation(facts, c, trigger))
            || (trigger.IsNoun && facts.HasCue(Cue.PlannedModifier, Math.Max(from, trigger.First - ModifierWindow), trigger.First));
        var future = facts.HasCue(Cue.Future, from, trigger.First) || IsBareInfinitive(facts, trigger, from);
        if (intended)
        {
            return Factuality.Planned;
        }

        // "his trip, originally scheduled for Sunday", "the talks were postponed": a plan, or a plan called off.
        if (!future && trigger.Kind.Shape is EventShape.Movement or EventShape.Encounter && facts.HasCue(Cue.Later, trigger.End, clause.End))
        {
            return Factuality.Planned;
        }

        if (!future)
        {
            return Factuality.Reported;
        }

        // A threat, a wish or an invitation is not the measure; "will impose", said or announced, is.
        return trigger.Kind.Measure && IsAnnounced(facts, trigger) ? Factuality.Announced : Factuality.Planned;
    }

    /// <summary>"China's foreign ministry later expressed protest": "later" before a past form tells what came next, not a plan.</summary>
    private static bool IsContinuation(SentenceFacts facts, CueMatch cue, Trigger trigger) =>
        facts.Key(cue.First) == "later" && cue.End - cue.First == 1
        && trigger.Form is LexicalForm.Past or LexicalForm.PastOrParticiple
        && facts.Key(trigger.First - 1) is not ("to" or "be" or "been");

    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.Ordinal) { "in", "at", "during", "after", "since", "following" };

    /// <summary>
    /// "Taiwan did not figure in his meeting with Xi", "it was not raised during the call": the event is where the
    /// negated thing did not happen, not itself denied ("did not take part in the talks" is).
    /// </summary>
    private static bool IsSettingOfNegatedWords(SentenceFacts facts, Trigger trigger, int from)
    {
        if (!trigger.IsNoun)
        {
            return false;
        }

        var negation = facts.CuesIn(Cue.Negation, from, trigger.First).Max(c => c.End);
        return Enumerable.Range(negation, trigger.First - negation).Any(t => SettingPrepositions.Contains(facts.Key(t)))
            && !facts.HasCue(Cue.Participation, negation, trigger.First);
    }

    private static readonly HashSet<string> FirstAndSecondPerson = new(StringComparer.Ordinal) { "i", "we", "us", "our", "my", "me", "you", "your" };

    private static bool IsQuotedReport(SentenceFacts facts, Trigger trigger) =>
        trigger.Form is LexicalForm.Past or LexicalForm.PastOrParticiple or LexicalForm.Participle
        && facts.Quotes.First(q => q.Contains(trigger.First)) is var quote
        && !Enumerable.Range(quote.First, quote.End - quote.First).Any(t => FirstAndSecondPerson.Contains(facts.Key(t)));

    /// <summary>"to meet", unless a decision stands before it ("the decision to hike tariffs").</summary>
    private static bool IsBareInfinitive(SentenceFacts facts, Trigger trigger, int from) =>
        trigger.Form == LexicalForm.Base
        && facts.Key(trigger.First - 1) == "to"
        && !facts.HasCue(Cue.Factive, from, trigger.First);

    /// <summary>A reporting verb in the sentence ("said on Tuesday", "announced") makes a planned measure an announced one.</summary>
    private static bool IsAnnounced(SentenceFacts facts, Trigger trigger) =>
        facts.Cues.Any(c => c.Cue == Cue.Reporting && (c.End <= trigger.First || c.First >= trigger.End));
}
