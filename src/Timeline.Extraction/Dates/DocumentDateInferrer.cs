using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Finds the date an article speaks from: its publication date; else a dateline or byline near the top; else
/// bounds from the latest absolute date it mentions and from dated reference events, within the actor windows.
/// </summary>
public static class DocumentDateInferrer
{
    public static DocumentDate Infer(CleanedArticle article, IReadOnlyList<Sentence> sentences, IReadOnlyList<DateRange> actorWindows)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(actorWindows);
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

        var window = Intersect(actorWindows);
        var bounds = DateBounds.From(article.Text, sentences, window);
        if (dateline is not null)
        {
            if (YearFor(dateline.Month!.Value, dateline.Day!.Value, bounds, window) is { } inferred)
            {
                return new DocumentDate(EventDate.Day(inferred), DocumentDateRule.Dateline, span);
            }
        }

        if (bounds.PinnedMonth is { } month)
        {
            return new DocumentDate(month, DocumentDateRule.ReferenceEvent, span);
        }

        if (bounds.Lower is { Ambiguous: false } lower && (window is null || lower.Day <= window.Latest))
        {
            return new DocumentDate(EventDate.Year(lower.Day.Year), lower.FromReference ? DocumentDateRule.ReferenceEvent : DocumentDateRule.LatestMentionedDate, span);
        }

        return new DocumentDate(null, DocumentDateRule.None, span);
    }

    /// <summary>The period in which every titled actor held their title; null when there is none or they contradict.</summary>
    private static DateRange? Intersect(IReadOnlyList<DateRange> windows)
    {
        if (windows.Count == 0)
        {
            return null;
        }

        var earliest = windows.Max(w => w.Earliest);
        var latest = windows.Min(w => w.Latest);
        return earliest <= latest ? new DateRange(earliest, latest) : null;
    }

    /// <summary>The earliest year in which the dateline's day is not before any bound and lies inside the window.</summary>
    private static DateOnly? YearFor(int month, int day, DateBounds bounds, DateRange? window)
    {
        if (bounds.PinnedMonth is { } pinned && pinned.Earliest.Month == month)
        {
            return new DateOnly(pinned.Earliest.Year, month, Math.Min(day, DateTime.DaysInMonth(pinned.Earliest.Year, month)));
        }

        var first = bounds.Lower?.Day.Year ?? window?.Earliest.Year;
        if (first is null)
        {
            return null;
        }

        var last = window?.Latest.Year ?? first.Value + 1;
        for (var year = first.Value; year <= last; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if ((bounds.Lower is null || candidate >= bounds.Lower.Day) && (window is null || window.Contains(candidate)))
            {
                return candidate;
            }
        }

        return null;
    }
}
