using System.Globalization;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Stage 3b: turns an expression into a calendar date against the document date. A date written without its year or
/// week (a month-day, a weekday, a quarter, a holiday) is placed by the direction its clause gives (see
/// <see cref="Occurrences"/>); the result never claims more precision than the text gives.
/// </summary>
public static class DateResolver
{
    public static EventDate? Resolve(TemporalExpression expression, DocumentDate anchor, TemporalDirection direction) =>
        Read(expression, anchor, direction).Date;

    public static DateReading Read(TemporalExpression expression, DocumentDate anchor, TemporalDirection direction)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(anchor);
        if (expression.Year is { } year && expression.Kind != TemporalKind.Offset)
        {
            return WithYear(expression, year);
        }

        if (anchor.Date is not { } date)
        {
            return DateReading.None;
        }

        var period = new Period(date.Earliest, date.Latest);
        return expression.Kind switch
        {
            TemporalKind.Calendar => DateReading.Of(CalendarWithoutYear(expression, date, direction)),
            TemporalKind.Month => DateReading.Of(ShiftMonth(date, expression.Shift)),
            TemporalKind.Year => DateReading.Of(EventDate.Year(date.Earliest.Year + expression.Shift)),
            TemporalKind.FiscalYear => FiscalYear(date.Earliest.Year + expression.Shift),
            TemporalKind.Ago when expression.Unit is TemporalUnit.Month && expression.Amount is { } months => DateReading.Of(ShiftMonth(date, -months)),
            TemporalKind.Ago when expression.Unit is TemporalUnit.Year && expression.Amount is { } years => DateReading.Of(EventDate.Year(date.Earliest.Year - years)),
            TemporalKind.Offset => Offset(expression, DateReading.Of(date)),
            TemporalKind.Quarter or TemporalKind.Half or TemporalKind.Season => YearPartReading.Relative(expression, date, direction),
            TemporalKind.Holiday => Holiday(expression, period, date, direction),
            _ when date.Precision != DatePrecision.Day => DateReading.Of(date),
            _ => RelativeToDay(expression, date.Earliest, direction),
        };
    }

    /// <summary>
    /// "a year earlier", "two months later", from a reference: the document date, or a date written before it in the
    /// sentence ("profit in the third quarter rose from a year earlier": the third quarter of the year before).
    /// </summary>
    public static DateReading Offset(TemporalExpression expression, DateReading reference)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Date is not { } date || expression.Amount is not { } amount || expression.Unit is not { } unit)
        {
            return DateReading.None;
        }

        var steps = amount * expression.Shift;
        switch (unit)
        {
            case TemporalUnit.Year:
                var year = date.Earliest.Year + steps;
                return date.Precision == DatePrecision.Month
                    ? DateReading.Of(EventDate.Month(year, date.Earliest.Month))
                    : new DateReading(EventDate.Year(year), ShiftedYearValue(reference.Value, date, year));
            case TemporalUnit.Month when date.Precision != DatePrecision.Year:
                return DateReading.Of(ShiftMonth(date, steps));
            case TemporalUnit.Week when date.Precision == DatePrecision.Day:
                return Timex.Week(date.Earliest.AddDays(7 * steps), 0);
            case TemporalUnit.Day when date.Precision == DatePrecision.Day:
                return DateReading.Of(EventDate.Day(date.Earliest.AddDays(steps)));
            default:
                return DateReading.None;
        }
    }

    /// <summary>A quarter, half or season keeps its kind a year on ("1989-Q3" → "1988-Q3"); anything else is the year.</summary>
    private static string ShiftedYearValue(string? value, EventDate reference, int year) =>
        value is { Length: > 5 } && value[4] == '-' && !char.IsDigit(value[5]) && reference.Precision == DatePrecision.Year
            ? YearParts.Year(year) + value[4..]
            : YearParts.Year(year);

    private static DateReading WithYear(TemporalExpression expression, int year) => expression.Kind switch
    {
        TemporalKind.Calendar => DateReading.Of(Absolute(year, expression.Month, expression.Day)),
        TemporalKind.FiscalYear => FiscalYear(year),
        TemporalKind.Decade => new DateReading(null, (year / 10).ToString(CultureInfo.InvariantCulture)),
        TemporalKind.Quarter or TemporalKind.Half or TemporalKind.Season => YearPartReading.InYear(expression, year),
        TemporalKind.Holiday => HolidayIn(expression, year) is { } day ? DateReading.Of(EventDate.Day(day)) : DateReading.None,
        _ => DateReading.Of(EventDate.Year(year)),
    };

    /// <summary>A fiscal year is a year long but need not be a calendar year: the year it is named for holds it best.</summary>
    private static DateReading FiscalYear(int year) => new(EventDate.Year(year), "FY" + YearParts.Year(year));

    private static EventDate Absolute(int year, int? month, int? day) =>
        month is null ? EventDate.Year(year)
        : day is null ? EventDate.Month(year, month.Value)
        : EventDate.Day(new DateOnly(year, month.Value, day.Value));

    /// <summary>"June 19" or "in January" without a year: placed by direction; "last May", "next May" by their word.</summary>
    private static EventDate? CalendarWithoutYear(TemporalExpression expression, EventDate anchor, TemporalDirection direction)
    {
        var month = expression.Month!.Value;
        if (anchor.Precision == DatePrecision.Year)
        {
            return expression.Shift == 0 ? Absolute(anchor.Earliest.Year, month, expression.Day) : null;
        }

        if (expression.Shift != 0)
        {
            return ShiftedCalendar(expression, anchor, month);
        }

        var picked = Occurrences.Pick(
            Occurrences.Yearly(new Period(anchor.Earliest, anchor.Latest), year => MonthOrDay(year, month, expression.Day)),
            new Period(anchor.Earliest, anchor.Latest),
            direction);
        return picked is { } found ? Absolute(found.Start.Year, month, expression.Day) : null;
    }

    private static Period? MonthOrDay(int year, int month, int? day)
    {
        if (day is { } d)
        {
            return d <= DateTime.DaysInMonth(year, month) ? new Period(new DateOnly(year, month, d), new DateOnly(year, month, d)) : null;
        }

        var first = new DateOnly(year, month, 1);
        return new Period(first, first.AddMonths(1).AddDays(-1));
    }

    private static EventDate? ShiftedCalendar(TemporalExpression expression, EventDate anchor, int month)
    {
        var anchorMonth = anchor.Earliest.Month;
        var year = expression.Shift > 0
            ? anchor.Earliest.Year + (month <= anchorMonth ? 1 : 0)
            : anchor.Earliest.Year - (month >= anchorMonth ? 1 : 0);
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

    private static DateOnly? HolidayIn(TemporalExpression expression, int year) =>
        expression.Holiday is { } name && DateWords.Instance.Holidays.TryGetValue(name, out var rule) ? rule.In(year) : null;

    private static DateReading Holiday(TemporalExpression expression, Period anchor, EventDate date, TemporalDirection direction)
    {
        if (date.Precision == DatePrecision.Year)
        {
            return WithYear(expression, date.Earliest.Year);
        }

        var days = Occurrences.Yearly(anchor, year => HolidayIn(expression, year) is { } day ? new Period(day, day) : null).ToList();
        Period? picked = expression.Shift switch
        {
            < 0 => days.Where(d => d.End < anchor.Start).Select(d => (Period?)d).LastOrDefault(),
            > 0 => days.Where(d => d.Start > anchor.End).Select(d => (Period?)d).FirstOrDefault(),
            _ => Occurrences.Pick(days, anchor, direction),
        };
        return picked is { } found ? DateReading.Of(EventDate.Day(found.Start)) : DateReading.None;
    }

    private static DateReading RelativeToDay(TemporalExpression expression, DateOnly anchor, TemporalDirection direction) => expression.Kind switch
    {
        TemporalKind.DayOffset => DateReading.Of(EventDate.Day(anchor.AddDays(expression.Shift))),
        TemporalKind.Weekday => DateReading.Of(EventDate.Day(Weekday(anchor, expression.Weekday!.Value, expression.Shift, direction))),
        TemporalKind.Week => Timex.Week(anchor, expression.Shift, direction),
        TemporalKind.Weekend => Timex.Weekend(anchor, expression.Shift, direction),
        TemporalKind.OrdinalDay => DateReading.Of(OrdinalDay(anchor, expression.Day!.Value, direction)),
        TemporalKind.Ago => DateReading.Of(Ago(anchor, expression)),
        _ => DateReading.None,
    };

    private static DateOnly Weekday(DateOnly anchor, DayOfWeek weekday, int shift, TemporalDirection direction)
    {
        var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
        return shift switch
        {
            < 0 => anchor.AddDays(back == 0 ? -7 : -back),
            > 0 => anchor.AddDays(ahead == 0 ? 7 : ahead),
            _ => Occurrences.Pick([new Period(anchor.AddDays(-back), anchor.AddDays(-back)), new Period(anchor.AddDays(ahead), anchor.AddDays(ahead))], new Period(anchor, anchor), direction)!.Value.Start,
        };
    }

    /// <summary>"on the 3rd": that day of the anchor's month, or of the month before or after, by direction.</summary>
    private static EventDate? OrdinalDay(DateOnly anchor, int day, TemporalDirection direction)
    {
        var months = new[] { -1, 0, 1 }
            .Select(shift => new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(shift))
            .Where(month => day <= DateTime.DaysInMonth(month.Year, month.Month))
            .Select(month => new DateOnly(month.Year, month.Month, day))
            .Select(d => new Period(d, d));
        return Occurrences.Pick(months, new Period(anchor, anchor), direction) is { } picked ? EventDate.Day(picked.Start) : null;
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
