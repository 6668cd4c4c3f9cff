namespace Timeline.Extraction.Dates;

/// <summary>A period of days, inclusive: one occurrence of something that recurs (a May 12, a third quarter, a summer).</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End);

/// <summary>
/// Chooses which occurrence of a recurring date the text means, from the direction its clause gives: the latest one
/// that has begun by the anchor (past), the first one that has not ended before it (future), else the nearer of the
/// two, the past one on a tie, since news mostly reports what happened.
/// </summary>
internal static class Occurrences
{
    public static Period? Pick(IEnumerable<Period> occurrences, Period anchor, TemporalDirection direction)
    {
        Period? past = null;
        Period? future = null;
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Start <= anchor.End && (past is null || occurrence.Start > past.Value.Start))
            {
                past = occurrence;
            }

            if (occurrence.End >= anchor.Start && (future is null || occurrence.Start < future.Value.Start))
            {
                future = occurrence;
            }
        }

        return direction switch
        {
            TemporalDirection.Past => past,
            TemporalDirection.Future => future,
            _ when past is null || future is null => past ?? future,
            _ => Gap(past.Value, anchor) <= Gap(future.Value, anchor) ? past : future,
        };
    }

    /// <summary>Days between a period and the anchor; zero when they overlap.</summary>
    private static int Gap(Period period, Period anchor) =>
        Math.Max(0, Math.Max(anchor.Start.DayNumber - period.End.DayNumber, period.Start.DayNumber - anchor.End.DayNumber));

    /// <summary>The occurrences of a yearly date in the years around the anchor's; null years (Feb 29, a winter) are skipped.</summary>
    public static IEnumerable<Period> Yearly(Period anchor, Func<int, Period?> inYear)
    {
        for (var year = anchor.Start.Year - 1; year <= anchor.End.Year + 1; year++)
        {
            if (year is > 1 and < 9999 && inYear(year) is { } period)
            {
                yield return period;
            }
        }
    }
}
