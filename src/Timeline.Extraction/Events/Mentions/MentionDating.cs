using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>
/// Gives each trigger of a sentence the date written for it. A date goes to the nearest trigger of its clause; a date
/// outside every clause still dates a trigger when it opens the sentence ("On Monday, ...") or dates the announcement
/// of a measure ("..., the ministry said on Tuesday"). Dates behind "since", "until", "effective" date nothing here.
/// </summary>
internal static class MentionDating
{
    /// <summary>A date at most this many tokens into the sentence and set off by a comma opens it.</summary>
    private const int FrontedReach = 6;

    private const int OutsideClausePenalty = 12;

    private const int MaxDistance = 25;

    public static DateSpan?[] Assign(SentenceFacts facts, IReadOnlyList<(Trigger Trigger, TokenRange Clause, Factuality Factuality)> triggers)
    {
        var best = new (DateSpan Date, int Score)?[triggers.Count];
        foreach (var date in facts.Dates.Where(d => Dates(facts, d)))
        {
            var choice = Enumerable.Range(0, triggers.Count)
                .Select(i => (Index: i, Score: Score(facts, date, triggers[i])))
                .Where(c => c.Score is not null)
                .OrderBy(c => c.Score)
                .Cast<(int Index, int? Score)?>()
                .FirstOrDefault();
            if (choice is { } chosen && (best[chosen.Index] is not { } current || chosen.Score < current.Score))
            {
                best[chosen.Index] = (date, chosen.Score!.Value);
            }
        }

        return best.Select(b => b?.Date).ToArray();
    }

    /// <summary>"since October", "effective April 10", "until November 10", quotes aside: such dates do not date an event.</summary>
    private static bool Dates(SentenceFacts facts, DateSpan date) =>
        !facts.HasCue(Cue.NonDating, Math.Max(0, date.First - 2), date.First)
        && !facts.HasCue(Cue.NonDating, date.First, Math.Min(date.End, date.First + 1));

    private static int? Score(SentenceFacts facts, DateSpan date, (Trigger Trigger, TokenRange Clause, Factuality Factuality) entry)
    {
        var (trigger, clause, factuality) = entry;
        if (facts.IsQuoted(date.First) != facts.IsQuoted(trigger.First))
        {
            return null;
        }

        var distance = date.End <= trigger.First ? trigger.First - date.End : Math.Max(0, date.First - trigger.End);
        if (clause.Covers(date.First, date.End))
        {
            return distance;
        }

        var fronted = date.First <= FrontedReach && facts.Key(date.End) == "," && date.End <= trigger.First;
        var announcement = (factuality == Factuality.Announced || trigger.Kind.Measure || trigger.Kind.Shape == Lexicon.EventShape.Declaration)
            && facts.Cues.Any(c => c.Cue == Cue.Reporting && Math.Abs(c.First - date.First) <= 3);
        return (fronted || announcement) && distance <= MaxDistance ? distance + OutsideClausePenalty : null;
    }
}
