using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Triggers;

/// <summary>
/// The clause around a phrase: from the nearest clause opener or break before it ("that", "after", "which", ";") to
/// the nearest after it, or to a comma that leads to a reporting verb (", the ministry said"). Who takes part in an
/// event and when are read inside its clause, so "X met Y after Z sanctioned W" keeps the two events apart.
/// </summary>
internal static class Clauses
{
    private const int ReportingReach = 6;

    public static TokenRange Around(SentenceFacts facts, int first, int end)
    {
        var start = 0;
        var stop = facts.Tokens.Count;
        foreach (var cue in facts.Cues)
        {
            if (cue.Cue is not (Cue.ClauseOpener or Cue.ClauseBreak))
            {
                continue;
            }

            if (cue.End <= first && cue.End > start)
            {
                start = cue.End;
            }
            else if (cue.First >= end && cue.First < stop)
            {
                stop = cue.First;
            }
        }

        return new TokenRange(AfterFrontedClause(facts, start, first), Math.Min(stop, CommaBeforeReporting(facts, end, stop)));
    }

    /// <summary>A clause opener this close to the start of a sentence opens a fronted clause that a comma closes.</summary>
    private const int FrontedOpenerReach = 5;

    /// <summary>
    /// "Around the same time that Trump confirmed the extension, Xinhua published a statement from the talks": a
    /// subordinate clause that opens the sentence ends at its comma; what follows is the main clause.
    /// </summary>
    private static int AfterFrontedClause(SentenceFacts facts, int start, int first)
    {
        if (start == 0 || start > FrontedOpenerReach || !facts.Cues.Any(c => c.Cue == Cue.ClauseOpener && c.End == start))
        {
            return start;
        }

        for (var t = start; t < first; t++)
        {
            if (facts.Tokens[t].Key == ",")
            {
                return t + 1;
            }
        }

        return start;
    }

    /// <summary>The word that opens the clause ("after", "since", "that"), or null for a main clause or one after a break.</summary>
    public static string? OpenerOf(SentenceFacts facts, TokenRange clause) =>
        facts.Cues.Where(c => c.Cue == Cue.ClauseOpener && c.End == clause.First).Select(c => facts.Key(c.First)).FirstOrDefault();

    /// <summary>"China will ban exports to the U.S., its commerce ministry said": the clause ends at the comma.</summary>
    private static int CommaBeforeReporting(SentenceFacts facts, int from, int stop)
    {
        for (var t = from; t < stop; t++)
        {
            if (facts.Tokens[t].Key == "," && facts.Cues.Any(c => c.Cue == Cue.Reporting && c.First > t && c.First <= t + ReportingReach))
            {
                return t;
            }
        }

        return stop;
    }
}
