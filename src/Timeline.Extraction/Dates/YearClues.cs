using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// What the text says about the weekday of its days: the weekdays it names ("met on Saturday"), and month-days
/// written beside their weekday ("Thursday (March 18)", "Monday, August 11"), which only some years allow.
/// </summary>
internal sealed class YearClues
{
    /// <summary>A weekday and a month-day this close (in characters) are one date written twice.</summary>
    private const int PairReach = 4;

    private static readonly string[] AheadWords = ["from", "until", "till", "through", "effective", "starting", "by", "expire", "expires", "before", "beginning"];

    /// <summary>Words among the few before a date that make it one looked ahead to ("will take effect on March 10").</summary>
    private static readonly string[] AheadContext = ["effect", "expire", "expires", "expiring", "due", "deadline", "until"];

    private const int AheadContextWords = 3;

    private static readonly string[] PastContext = ["came", "took", "went", "was", "were", "had", "entered"];

    private YearClues(
        IReadOnlyList<DayOfWeek> weekdays,
        IReadOnlyList<(int Month, int Day, DayOfWeek Weekday)> pairs,
        IReadOnlyList<(int Month, int Day)> pastMonthDays,
        IReadOnlyList<DateOnly> pastFullDays,
        int? aheadYear)
    {
        PastFullDays = pastFullDays;
        Weekdays = weekdays;
        Pairs = pairs;
        PastMonthDays = pastMonthDays;
        AheadYear = aheadYear;
    }

    public IReadOnlyList<DayOfWeek> Weekdays { get; }

    public IReadOnlyList<(int Month, int Day, DayOfWeek Weekday)> Pairs { get; }

    /// <summary>Month-days written without a year that the text does not look ahead to ("came into effect on March 4", not "will meet on March 12").</summary>
    public IReadOnlyList<(int Month, int Day)> PastMonthDays { get; }

    /// <summary>Full dates the text does not look ahead to ("on Tuesday (May 14, 2024)").</summary>
    public IReadOnlyList<DateOnly> PastFullDays { get; }

    /// <summary>The year of the earliest dated day the text looks ahead to ("tariffs from March 10 2025"), if any.</summary>
    public int? AheadYear { get; }

    public static YearClues From(string text)
    {
        var expressions = TemporalExpressionFinder.Find(text);
        var weekdays = expressions.Where(e => e.Kind == TemporalKind.Weekday && e.Shift == 0).Select(e => e.Weekday!.Value).ToList();
        var pairs = new List<(int, int, DayOfWeek)>();
        for (var i = 0; i + 1 < expressions.Count; i++)
        {
            var (a, b) = (expressions[i], expressions[i + 1]);
            if (b.Start - a.End > PairReach)
            {
                continue;
            }

            var (weekday, day) = a.Kind == TemporalKind.Weekday ? (a, b) : (b, a);
            if (weekday.Kind == TemporalKind.Weekday && day.Kind == TemporalKind.Calendar && day.Month is { } month && day.Day is { } dayOfMonth)
            {
                pairs.Add((month, dayOfMonth, weekday.Weekday!.Value));
            }
        }

        var calendarDays = expressions.Where(e => e.Kind == TemporalKind.Calendar && e.Month is not null && e.Day is not null).ToList();
        var ahead = calendarDays.Where(e => LooksAhead(text, e) || DirectionReader.Read(text, e) == TemporalDirection.Future).ToHashSet();
        var pastDays = calendarDays.Where(e => !ahead.Contains(e)).ToList();
        var pastMonthDays = pastDays.Where(e => e.Year is null).Select(e => (e.Month!.Value, e.Day!.Value)).ToList();
        var pastFullDays = pastDays.Where(e => e.Year is not null).Select(e => new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value)).ToList();
        var aheadYear = ahead.Where(e => e.Year is not null).Select(e => e.Year).Min();
        return new YearClues(weekdays, pairs, pastMonthDays, pastFullDays, aheadYear);
    }

    /// <summary>The latest month-day the text writes without a year, placed in <paramref name="year"/>: the day it most likely speaks from.</summary>
    public DateOnly? LatestPastDayIn(int year) =>
        PastMonthDays.Where(d => d.Day <= DateTime.DaysInMonth(year, d.Month))
            .Select(d => new DateOnly(year, d.Month, d.Day))
            .Concat(PastFullDays.Where(d => d.Year == year))
            .Cast<DateOnly?>()
            .Max();

    /// <summary>
    /// "from March 10", "until November 10", "effective April 10": a date the text looks ahead to, which bounds
    /// nothing about when it was written.
    /// </summary>
    public static bool LooksAhead(string text, TemporalExpression expression)
    {
        var before = text.AsSpan(0, expression.Start).TrimEnd();
        foreach (var word in AheadWords)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        // "will take effect on March 10" looks ahead; "came into effect on March 4" does not.
        var from = Math.Max(0, expression.Start - 40);
        var words = text[from..expression.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .TakeLast(AheadContextWords + 2)
            .Select(w => w.Trim(',', '.', ';').ToLowerInvariant())
            .ToList();
        return words.TakeLast(AheadContextWords).Any(AheadContext.Contains) && !words.Any(PastContext.Contains);
    }

    /// <summary>
    /// The year in <paramref name="possible"/> in which <paramref name="month"/>/<paramref name="day"/> agrees best with
    /// the weekdays written: a month-day written with its weekday must fall on it, and the article's own day is most
    /// likely the day, or the day after, that its events are said to happen ("met on Saturday" under "Feb 18").
    /// </summary>
    public DateOnly? ChooseDay(int month, int day, DateWindows possible)
    {
        if (possible.IsEmpty || possible.IsAlways)
        {
            return null;
        }

        var last = Math.Min(possible.Latest.Year, possible.Earliest.Year + MaxYearsSpanned);
        DateOnly? best = null;
        var bestScore = -1;
        for (var year = possible.Earliest.Year; year <= last; year++)
        {
            if (day > DateTime.DaysInMonth(year, month) || !possible.Contains(new DateOnly(year, month, day)))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (!PairsHoldIn(year))
            {
                continue;
            }

            var score = Weekdays.Count(w => w == candidate.DayOfWeek || w == candidate.AddDays(-1).DayOfWeek);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>The years in <paramref name="possible"/> in which every month-day written with a weekday falls on it.</summary>
    public IReadOnlyList<int> YearsFittingPairs(DateWindows possible)
    {
        if (Pairs.Count == 0 || possible.IsEmpty || possible.IsAlways)
        {
            return [];
        }

        var last = Math.Min(possible.Latest.Year, possible.Earliest.Year + MaxYearsSpanned);
        return Enumerable.Range(possible.Earliest.Year, last - possible.Earliest.Year + 1)
            .Where(PairsHoldIn)
            .Where(year => Pairs.Any(p => p.Day <= DateTime.DaysInMonth(year, p.Month) && possible.Contains(new DateOnly(year, p.Month, p.Day))))
            .ToList();
    }

    /// <summary>No article in this service's scope spans more years than this between its bounds.</summary>
    private const int MaxYearsSpanned = 12;

    private bool PairsHoldIn(int year) =>
        Pairs.All(p => p.Day <= DateTime.DaysInMonth(year, p.Month) && new DateOnly(year, p.Month, p.Day).DayOfWeek == p.Weekday);
}
