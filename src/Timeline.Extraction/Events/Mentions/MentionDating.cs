using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Triggers;
using Timeline.Extraction.Model;

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
        var dates = facts.Dates.Where(d => Dates(facts, d) && !ContradictsMonth(facts, d) && !LooksAhead(facts, d)).ToList();
        foreach (var date in dates)
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

        // "On Wednesday, Biden and Xi agreed to ... in their first face-to-face meetings": a date that opens the
        // sentence dates every event it reports that no closer date claims.
        foreach (var fronted in dates.Where(d => IsFronted(facts, d)))
        {
            for (var i = 0; i < triggers.Count; i++)
            {
                if (best[i] is null && triggers[i].Trigger.First > fronted.End)
                {
                    best[i] = (fronted, int.MaxValue);
                }
            }
        }

        return best.Select(b => b is { } chosen ? Finest(facts, chosen.Date) : (DateSpan?)null).ToArray();
    }

    /// <summary>"on Thursday (March 18)": of two dates written side by side, the more precise one.</summary>
    private static DateSpan Finest(SentenceFacts facts, DateSpan date) =>
        facts.Dates.Where(d => Math.Abs(d.First - date.End) <= 2 || Math.Abs(date.First - d.End) <= 2 || d == date)
            .OrderBy(d => d.Date.Precision)
            .First();

    private const int FutureReach = 6;

    /// <summary>"He said more details would come at a briefing Monday": a date after "will" or "would" is the plan's.</summary>
    private static bool LooksAhead(SentenceFacts facts, DateSpan date) =>
        facts.HasCue(Cue.Future, Math.Max(0, date.First - FutureReach), date.First);

    private static bool IsFronted(SentenceFacts facts, DateSpan date) => date.First <= FrontedReach && facts.Key(date.End) == ",";

    /// <summary>"In August, Biden on Friday announced ...": a weekday outside the month the sentence names is not its day.</summary>
    private static bool ContradictsMonth(SentenceFacts facts, DateSpan date) =>
        date.Kind == TemporalKind.Weekday
        && facts.Dates.Any(other => other.Kind == TemporalKind.Calendar && other.Date.Precision == DatePrecision.Month && !other.Date.Contains(date.Date));

    /// <summary>"since October", "effective April 10", "until November 10", quotes aside: such dates do not date an event.</summary>
    private static bool Dates(SentenceFacts facts, DateSpan date) =>
        !facts.HasCue(Cue.NonDating, Math.Max(0, date.First - 1), date.First)
        && !facts.HasCue(Cue.NonDating, date.First, Math.Min(date.End, date.First + 1))
        && !InName(facts, date);

    /// <summary>"the Trade Act of 1974": a year after a capitalized name and "of" is part of the name.</summary>
    private static bool InName(SentenceFacts facts, DateSpan date) =>
        date.Date.Precision == DatePrecision.Year
        && facts.Tokens[date.First].Key == "of"
        && date.First > 0
        && facts.Tokens[date.First - 1].StartsUpper;

    /// <summary>
    /// "Blinken met Xi in Beijing on Monday, the highest-level American visit in years": a date belongs to the words it
    /// is not set off from by a comma, even when a noun behind the comma stands closer.
    /// </summary>
    private const int CommaPenalty = 8;

    private static bool CommaBetween(SentenceFacts facts, DateSpan date, Trigger trigger)
    {
        var (from, to) = date.End <= trigger.First ? (date.End, trigger.First) : (trigger.End, date.First);
        for (var t = from; t < to; t++)
        {
            if (facts.Key(t) == ",")
            {
                return true;
            }
        }

        return false;
    }

    private static int? Score(SentenceFacts facts, DateSpan date, (Trigger Trigger, TokenRange Clause, Factuality Factuality) entry)
    {
        var (trigger, clause, _) = entry;
        if (facts.IsQuoted(date.First) != facts.IsQuoted(trigger.First))
        {
            return null;
        }

        var distance = date.End <= trigger.First ? trigger.First - date.End : Math.Max(0, date.First - trigger.End);
        if (clause.Covers(date.First, date.End))
        {
            return distance + (CommaBetween(facts, date, trigger) ? CommaPenalty : 0);
        }

        // "X shot down the balloon, Austin confirmed Saturday": the date of the report dates what it reports; "Han made the
        // commitment on Sunday during meetings with Vance": what was done during an encounter dates it.
        var reported = facts.Cues.Any(c => c.Cue == Cue.Reporting && Math.Abs(c.First - date.First) <= 3);
        var duringIt = Clauses.OpenerOf(facts, clause) == "during" && date.End <= clause.First;
        return (IsFronted(facts, date) && date.End <= trigger.First || reported || duringIt) && distance <= MaxDistance ? distance + OutsideClausePenalty : null;
    }
}
