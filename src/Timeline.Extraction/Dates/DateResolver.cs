using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Stage 3b: turns an expression into a calendar interval against the document date, following news conventions
/// (a bare weekday or month is the most recent one) and never claiming more precision than the text gives.
/// </summary>
public static class DateResolver
{
    public static EventDate? Resolve(TemporalExpression expression, DocumentDate anchor)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(anchor);
        if (expression.IsAbsolute)
        {
            return Absolute(expression.Year!.Value, expression.Month, expression.Day);
        }

        var date = anchor.Date;
        if (date is null)
        {
            return null;
        }

        return expression.Kind switch
        {
            TemporalKind.Calendar => CalendarWithoutYear(expression, date),
            TemporalKind.Month => ShiftMonth(date, expression.Shift),
            TemporalKind.Year => EventDate.Year(date.Earliest.Year + expression.Shift),
            TemporalKind.Ago when expression.Unit is TemporalUnit.Month && expression.Amount is { } months => ShiftMonth(date, -months),
            TemporalKind.Ago when expression.Unit is TemporalUnit.Year && expression.Amount is { } years => EventDate.Year(date.Earliest.Year - years),
            _ when date.Precision != DatePrecision.Day => date,
            _ => RelativeToDay(expression, date.Earliest),
        };
    }

    private static EventDate Absolute(int year, int? month, int? day) =>
        month is null ? EventDate.Year(year)
        : day is null ? EventDate.Month(year, month.Value)
        : EventDate.Day(new DateOnly(year, month.Value, day.Value));

    /// <summary>"June 19" or "in January" without a year: the most recent such day or month on or before the anchor.</summary>
    private static EventDate? CalendarWithoutYear(TemporalExpression expression, EventDate anchor)
    {
        var month = expression.Month!.Value;
        if (anchor.Precision == DatePrecision.Year)
        {
            return expression.Shift == 0 ? Absolute(anchor.Earliest.Year, month, expression.Day) : null;
        }

        var anchorMonth = anchor.Earliest.Month;
        var year = anchor.Earliest.Year;
        var later = month > anchorMonth
            || (month == anchorMonth && expression.Day is { } d && anchor.Precision == DatePrecision.Day && d > anchor.Earliest.Day);
        if (expression.Shift < 0 && month == anchorMonth)
        {
            later = true;
        }

        year += expression.Shift > 0 ? (month <= anchorMonth ? 1 : 0) : (later ? -1 : 0);
        if (expression.Day is { } day && day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return Absolute(year, month, expression.Day);
    }

    private static EventDate? ShiftMonth(EventDate anchor, int shift)
    {
        if (anchor.Precision == DatePrecision.Year)
        {
            // From "sometime in 2025", last month may lie in 2024: only the anchor's own period is safe.
            return shift == 0 ? anchor : null;
        }

        var month = anchor.Earliest.AddMonths(shift);
        return EventDate.Month(month.Year, month.Month);
    }

    private static EventDate? RelativeToDay(TemporalExpression expression, DateOnly anchor) => expression.Kind switch
    {
        TemporalKind.DayOffset => EventDate.Day(anchor.AddDays(expression.Shift)),
        TemporalKind.Weekday => EventDate.Day(Weekday(anchor, expression.Weekday!.Value, expression.Shift)),
        TemporalKind.Week => Week(anchor, expression.Shift),
        TemporalKind.Weekend => Weekend(anchor, expression.Shift),
        TemporalKind.OrdinalDay => OrdinalDay(anchor, expression.Day!.Value),
        TemporalKind.Ago => Ago(anchor, expression),
        _ => null,
    };

    private static DateOnly Weekday(DateOnly anchor, DayOfWeek weekday, int shift)
    {
        var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        return shift switch
        {
            < 0 => anchor.AddDays(back == 0 ? -7 : -back),
            > 0 => anchor.AddDays(((int)weekday - (int)anchor.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)weekday - (int)anchor.DayOfWeek + 7) % 7),
            _ => anchor.AddDays(-back),
        };
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static EventDate? Week(DateOnly anchor, int shift)
    {
        var monday = Monday(anchor).AddDays(7 * shift);
        return shift == 0 ? EventDate.Covering(monday, anchor) : EventDate.Covering(monday, monday.AddDays(6));
    }

    private static EventDate? Weekend(DateOnly anchor, int shift)
    {
        var saturday = anchor.DayOfWeek switch
        {
            DayOfWeek.Saturday => anchor,
            DayOfWeek.Sunday => anchor.AddDays(-1),
            _ => anchor.AddDays(-((int)anchor.DayOfWeek + 1)),
        };
        saturday = saturday.AddDays(7 * Math.Min(shift, 0));
        var sunday = saturday.AddDays(1);
        return EventDate.Covering(saturday, sunday < anchor || shift < 0 ? sunday : anchor);
    }

    private static EventDate? OrdinalDay(DateOnly anchor, int day)
    {
        var month = new DateOnly(anchor.Year, anchor.Month, 1);
        if (day > anchor.Day)
        {
            month = month.AddMonths(-1);
        }

        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? EventDate.Day(new DateOnly(month.Year, month.Month, day)) : null;
    }

    private static EventDate? Ago(DateOnly anchor, TemporalExpression expression) => (expression.Unit, expression.Amount) switch
    {
        (TemporalUnit.Day, { } days) => EventDate.Day(anchor.AddDays(-days)),
        (TemporalUnit.Day, null) => EventDate.Covering(anchor.AddDays(-6), anchor.AddDays(-2)),
        (TemporalUnit.Week, { } weeks) => EventDate.Covering(anchor.AddDays(-7 * weeks - 3), anchor.AddDays(-7 * weeks + 3)),
        (TemporalUnit.Week, null) => EventDate.Covering(anchor.AddDays(-28), anchor.AddDays(-14)),
        (TemporalUnit.Month, null) => EventDate.Covering(anchor.AddMonths(-6), anchor.AddMonths(-2)),
        _ => null,
    };
}
