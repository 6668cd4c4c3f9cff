using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Dates;

/// <summary>
/// A day the document cannot be older than, whether a dated reference event (not a plain date) gave it, and whether
/// that reference could also mean other, later events (the G7 summit in Britain: 2013 or 2021).
/// </summary>
internal sealed record LowerBound(DateOnly Day, bool FromReference, bool Ambiguous = false);

/// <summary>
/// What the text says about its own date: the latest absolute date it mentions and the reference events it mentions
/// bound it from below; a reference tied to a relative month ("last month's talks in Geneva") pins the month.
/// </summary>
internal sealed record DateBounds(LowerBound? Lower, EventDate? PinnedMonth)
{
    public static DateBounds From(string text, IReadOnlyList<Sentence> sentences, DateWindows windows)
    {
        LowerBound? lower = null;
        var references = new List<(IReadOnlyList<ReferenceEvent> Candidates, IReadOnlyList<TemporalExpression> Relations)>();
        var mentionable = Mentionable(sentences);
        foreach (var sentence in sentences)
        {
            var expressions = TemporalExpressionFinder.Find(sentence.Text);
            foreach (var expression in expressions.Where(e => BoundsFromBelow(sentence.Text, e)))
            {
                if (DateResolver.Resolve(expression, new DocumentDate(null, DocumentDateRule.None), TemporalDirection.Unknown) is { } date)
                {
                    lower = Later(lower, new LowerBound(date.Earliest, false));
                }
            }

            var lowerText = sentence.Text.ToLowerInvariant();
            var candidates = mentionable
                .Where(e => e.IsMentionedIn(lowerText) && (windows.IsAlways || windows.Ranges.Any(w => w.Earliest <= e.End && e.Start <= w.Latest)))
                .OrderBy(e => e.Start)
                .ToList();
            if (candidates.Count > 0)
            {
                lower = Later(lower, new LowerBound(candidates[0].Start, true, candidates.Count > 1));
                references.Add((candidates, expressions.Where(IsRecentPeriod).ToList()));
            }
        }

        return new DateBounds(lower, Pin(references, lower, windows));
    }

    /// <summary>
    /// The reference events whose phrases all occur somewhere in the sentences: the only ones a sentence can mention.
    /// Checking the whole document once spares testing every event against every sentence.
    /// </summary>
    private static List<ReferenceEvent> Mentionable(IReadOnlyList<Sentence> sentences)
    {
        var all = string.Join('\n', sentences.Select(s => s.Text)).ToLowerInvariant();
        return ReferenceEvent.All.Where(e => e.MayBeMentionedIn(all)).ToList();
    }

    /// <summary>
    /// A date with its year that the text does not look ahead to ("will meet on May 3, 2026", "until 2030"). A year on
    /// its own ("the 2028 Games") bounds only from a past clause ("the 2019 talks failed"); with a preposition, a month
    /// or a day it bounds unless the clause looks ahead.
    /// </summary>
    private static bool BoundsFromBelow(string text, TemporalExpression expression)
    {
        if (expression.Year is null
            || expression.Kind is not (TemporalKind.Calendar or TemporalKind.Quarter or TemporalKind.Half or TemporalKind.Season or TemporalKind.Holiday)
            || YearClues.LooksAhead(text, expression))
        {
            return false;
        }

        var direction = DirectionReader.Read(text, expression);
        var bareYear = expression.Kind == TemporalKind.Calendar && expression.Month is null && char.IsDigit(expression.Text[0]);
        return direction == TemporalDirection.Past || (direction == TemporalDirection.Unknown && !bareYear);
    }

    private static bool IsRecentPeriod(TemporalExpression e) => e.Kind == TemporalKind.Month && e.Shift is 0 or -1;

    /// <summary>"X last month" or "X earlier this month": the document month follows from the reference's month.</summary>
    private static EventDate? Pin(
        List<(IReadOnlyList<ReferenceEvent> Candidates, IReadOnlyList<TemporalExpression> Relations)> references,
        LowerBound? lower,
        DateWindows windows)
    {
        foreach (var (candidates, relations) in references)
        {
            foreach (var relation in relations)
            {
                foreach (var candidate in candidates)
                {
                    var month = new DateOnly(candidate.Start.Year, candidate.Start.Month, 1).AddMonths(-relation.Shift);
                    var monthEnd = month.AddMonths(1).AddDays(-1);
                    var consistent = (lower is null || lower.Day <= monthEnd) && (windows.IsAlways || windows.Ranges.Any(w => w.Earliest <= monthEnd && month <= w.Latest));
                    if (consistent)
                    {
                        return EventDate.Month(month.Year, month.Month);
                    }
                }
            }
        }

        return null;
    }

    private static LowerBound Later(LowerBound? current, LowerBound next) =>
        current is null || next.Day > current.Day || (next.Day == current.Day && current.Ambiguous) ? next : current;
}
