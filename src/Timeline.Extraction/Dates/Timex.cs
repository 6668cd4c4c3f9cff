using System.Globalization;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Weeks and weekends: a Monday–Sunday week is held by <see cref="EventDate.Covering"/> (its month, or its year when it
/// crosses a month), and named by its ISO week ("2025-W21", "2025-W21-WE").
/// </summary>
internal static class Timex
{
    /// <summary>"this week" (shift 0) so far, or ahead when the clause looks ahead; "last week" -1, "next week" +1.</summary>
    public static DateReading Week(DateOnly anchor, int shift, TemporalDirection direction = TemporalDirection.Unknown)
    {
        var monday = Monday(anchor).AddDays(7 * shift);
        var date = shift != 0 ? EventDate.Covering(monday, monday.AddDays(6))
            : direction == TemporalDirection.Future ? EventDate.Covering(anchor, monday.AddDays(6))
            : EventDate.Covering(monday, anchor);
        return new DateReading(date, WeekName(monday));
    }

    /// <summary>"the weekend": the last one (or the one under way), unless the clause looks ahead; "next weekend" the coming one.</summary>
    public static DateReading Weekend(DateOnly anchor, int shift, TemporalDirection direction)
    {
        var saturday = anchor.AddDays(-(((int)anchor.DayOfWeek + 1) % 7));
        var ahead = shift > 0 || (shift == 0 && direction == TemporalDirection.Future);
        if (ahead && anchor.DayOfWeek != DayOfWeek.Sunday && anchor != saturday)
        {
            saturday = saturday.AddDays(7);
        }
        else if (shift < 0)
        {
            saturday = saturday.AddDays(-7);
        }

        var sunday = saturday.AddDays(1);
        var date = EventDate.Covering(saturday, ahead || sunday < anchor || shift < 0 ? sunday : anchor);
        return new DateReading(date, WeekName(Monday(saturday)) + "-WE");
    }

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string WeekName(DateOnly monday)
    {
        var day = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
