using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>
/// Gives the triggers of a sentence the dates written in it: each date goes to the trigger written before it (else the next), a date behind
/// "since" dates nothing, an agreement takes the date of the talks it was reached at, and a multi-day meeting is
/// dated by its first day.
/// </summary>
internal static class SentenceDates
{
    public static void Assign(SentenceView view, IReadOnlyList<PhraseMatch<EventCategory>> triggers, List<EventCandidate> candidates, TriggerLexicon lexicon)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        var best = new (DateMention Date, int Distance)?[triggers.Count];
        foreach (var date in view.Dates)
        {
            // A date written after a verb belongs to it ("sanctioned Pelosi on Friday over her visit"); one
            // written before every trigger belongs to the first that follows ("On Monday, Blinken met Xi").
            var nearest = Enumerable.Range(0, triggers.Count)
                .Where(i => !SinceBetween(view, triggers[i], date))
                .Where(i => Reaches(view, date, triggers[i]))
                .Select(i => (Index: i, Distance: Distance(view, date, triggers[i]), Precedes: PrecedesInClause(view, date, triggers[i])))
                .OrderByDescending(x => x.Precedes)
                .ThenBy(x => x.Distance)
                .Select(x => (x.Index, x.Distance))
                .Cast<(int Index, int Distance)?>()
                .FirstOrDefault();
            if (nearest is { } found && (best[found.Index] is not { } current || found.Distance < current.Distance))
            {
                best[found.Index] = (date, found.Distance);
            }
        }

        for (var i = 0; i < triggers.Count; i++)
        {
            if (best[i] is { } assigned)
            {
                candidates[i].Date = FirstDayOf(view, candidates[i], assigned.Date, lexicon);
                candidates[i].DateFromText = true;
            }
        }

        InheritEncounterDate(candidates);
    }

    public static int TokenDistance(SentenceView view, int start, int end, int triggerStart, int triggerEnd)
    {
        var (from, to) = end <= triggerStart ? (end, triggerStart) : (triggerEnd, start);
        return from >= to ? 0 : Math.Max(0, Tokenizer.CountEndingBy(view.Tokens, to) - Tokenizer.CountEndingBy(view.Tokens, from)) + 1;
    }

    private const int FrontedDateReach = 5;
    private const int ForwardReach = 6;

    private static bool PrecedesInClause(SentenceView view, DateMention date, PhraseMatch<EventCategory> trigger)
    {
        var end = view.Tokens[trigger.Last].End;
        return end <= date.Start && view.Sentence.Text.AsSpan(end - view.Sentence.Start, date.Start - end).IndexOf(',') < 0;
    }

    /// <summary>
    /// A date before a trigger dates it only when it opens the sentence ("On Monday, Blinken met Xi") or stands
    /// close by; "The measures announced Friday ... for allowing the visit" does not date the visit.
    /// </summary>
    private static bool Reaches(SentenceView view, DateMention date, PhraseMatch<EventCategory> trigger)
    {
        if (view.Tokens[trigger.Last].End <= date.Start)
        {
            return true;
        }

        var opensSentence = view.Tokens.Count(t => t.End <= date.Start) < FrontedDateReach && IsSetOffByComma(view, date);
        return opensSentence || Distance(view, date, trigger) <= ForwardReach;
    }

    /// <summary>"In Beijing on Monday, ...": a fronted date is closed by a comma right after it.</summary>
    private static bool IsSetOffByComma(SentenceView view, DateMention date)
    {
        var rest = view.Sentence.Text.AsSpan(date.End - view.Sentence.Start).TrimStart();
        return !rest.IsEmpty && rest[0] == ',';
    }

    private static int Distance(SentenceView view, DateMention date, PhraseMatch<EventCategory> trigger) =>
        TokenDistance(view, date.Start, date.End, view.Tokens[trigger.First].Start, view.Tokens[trigger.Last].End);

    /// <summary>"the first visit since 2018": the year dates the comparison, not the visit.</summary>
    private static bool SinceBetween(SentenceView view, PhraseMatch<EventCategory> trigger, DateMention date)
    {
        var from = Math.Min(view.Tokens[trigger.Last].End, date.End);
        var to = Math.Max(view.Tokens[trigger.First].Start, date.Start);
        return view.Tokens.Any(t => t.Start >= from && t.End <= to && t.Lower == "since");
    }

    private static void InheritEncounterDate(List<EventCandidate> candidates)
    {
        var encounter = candidates.FirstOrDefault(c => c.DateFromText && c.Category.Type is EventType.Talks or EventType.Meeting);
        foreach (var agreement in candidates.Where(c => c.Category.Type == EventType.Agreement && c.Date is null))
        {
            agreement.Date = encounter?.Date;
            agreement.DateFromText = encounter is not null;
        }
    }

    /// <summary>
    /// Talks over "the weekend", or "two days of talks wrapped up on Sunday", are dated by the day they began,
    /// as timelines date multi-day events.
    /// </summary>
    private static EventDate FirstDayOf(SentenceView view, EventCandidate candidate, DateMention date, TriggerLexicon lexicon)
    {
        if (candidate.Category.Type is not (EventType.Talks or EventType.Meeting))
        {
            return date.Date;
        }

        if (date.WeekendStart is { } saturday)
        {
            return EventDate.Day(saturday);
        }

        var days = LengthInDays(view);
        var ended = view.Tokens.Any(t => lexicon.EndCues.Contains(t.Lower));
        return days > 1 && ended && date.Date.Precision == DatePrecision.Day
            ? EventDate.Day(date.Date.Earliest.AddDays(1 - days))
            : date.Date;
    }

    private static int LengthInDays(SentenceView view)
    {
        for (var i = 0; i + 1 < view.Tokens.Count; i++)
        {
            if (view.Tokens[i + 1].Lower is "days" && view.Tokens[i].Lower switch { "two" or "2" => true, "three" or "3" => true, _ => false })
            {
                return view.Tokens[i].Lower is "two" or "2" ? 2 : 3;
            }
        }

        return 1;
    }
}
