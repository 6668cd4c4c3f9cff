using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Finds the date an article speaks from, from every clue it gives: its publication date; else a dateline or byline
/// near the top, whose missing year is the one its weekdays and bounds agree on; else the days it can have been
/// written in — not before the latest date it mentions or a dated reference event, while the people it names held
/// the titles it gives them — at the precision those allow.
/// </summary>
public static class DocumentDateInferrer
{
    /// <summary>Without titled people to bound it, an article is taken to be at most this many years after its latest date.</summary>
    private const int YearsAfterLowerBound = 2;

    /// <param name="roleWindows">For each titled person named, the periods they held that title (a union: "President Trump").</param>
    public static DocumentDate Infer(CleanedArticle article, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<DateRange>> roleWindows)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(roleWindows);
        var dateline = Dateline.Find(article.Text, article.Captions);
        var span = dateline is null ? null : new TextSpan(dateline.Start, dateline.End);
        if (article.PublishedAt is { } published)
        {
            return new DocumentDate(EventDate.Day(published), DocumentDateRule.PublishedAt, span);
        }

        if (dateline?.Year is { } year)
        {
            return new DocumentDate(EventDate.Day(new DateOnly(year, dateline.Month!.Value, dateline.Day!.Value)), DocumentDateRule.Dateline, span);
        }

        var windows = DateWindows.Intersect(roleWindows);
        var bounds = DateBounds.From(article.Text, sentences, windows);
        var clues = YearClues.From(article.Text);
        var possible = Possible(windows, bounds);
        if (dateline is not null)
        {
            var month = dateline.Month!.Value;
            var day = bounds.PinnedMonth is { } pinned && pinned.Earliest.Month == month
                ? new DateOnly(pinned.Earliest.Year, month, Math.Min(dateline.Day!.Value, DateTime.DaysInMonth(pinned.Earliest.Year, month)))
                : clues.ChooseDay(month, dateline.Day!.Value, possible);
            if (day is { } found)
            {
                return new DocumentDate(EventDate.Day(found), DocumentDateRule.Dateline, span);
            }
        }

        if (bounds.PinnedMonth is { } pinnedMonth)
        {
            return new DocumentDate(pinnedMonth, DocumentDateRule.ReferenceEvent, span);
        }

        if (clues.YearsFittingPairs(possible) is [var onlyYear])
        {
            return InYear(onlyYear, DocumentDateRule.WeekdayAgreement, clues, span);
        }

        if (bounds.Lower is { Ambiguous: false } lower && !possible.IsEmpty && !possible.IsAlways)
        {
            var rule = lower.FromReference ? DocumentDateRule.ReferenceEvent : DocumentDateRule.LatestMentionedDate;
            return InYear(possible.Earliest.Year, rule, clues, span);
        }

        // "Tariffs from March 10 2025": an article that looks ahead to a dated day was written in the run-up to it.
        if (bounds.Lower is null && clues.AheadYear is { } aheadYear && (possible.IsAlways || possible.Ranges.Any(r => r.Earliest.Year <= aheadYear && aheadYear <= r.Latest.Year)))
        {
            return InYear(aheadYear, DocumentDateRule.LatestMentionedDate, clues, span);
        }

        return new DocumentDate(null, DocumentDateRule.None, span);
    }

    /// <summary>
    /// An article known to be of <paramref name="year"/> speaks from the latest day it writes without a year ("the
    /// duty came into effect on March 4"), if it writes one; else from the year.
    /// </summary>
    private static DocumentDate InYear(int year, DocumentDateRule rule, YearClues clues, TextSpan? span) =>
        clues.LatestPastDayIn(year) is { } day
            ? new DocumentDate(EventDate.Day(day), DocumentDateRule.LatestMentionedDate, span)
            : new DocumentDate(EventDate.Year(year), rule, span);

    /// <summary>
    /// The days the article can have been written on: inside the role windows and not before its lower bound; with
    /// no role window, within a couple of years after the lower bound.
    /// </summary>
    private static DateWindows Possible(DateWindows windows, DateBounds bounds)
    {
        // An ambiguous reference (the G7 in Britain: 2013 or 2021) still bounds from below by its earliest reading.
        if (bounds.Lower is not { } lower)
        {
            return windows;
        }

        var from = windows.From(lower.Day);
        if (from.IsEmpty)
        {
            return windows;
        }

        // From the lower bound alone the window is open-ended (never "always"): the role windows decide whether it is.
        return windows.IsAlways
            ? DateWindows.Intersect([[new DateRange(lower.Day, new DateOnly(lower.Day.Year + YearsAfterLowerBound, 12, 31))]])
            : from;
    }
}
