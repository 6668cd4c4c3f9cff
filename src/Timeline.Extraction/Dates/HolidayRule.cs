namespace Timeline.Extraction.Dates;

/// <summary>
/// When a holiday falls in a year, as Data/date-words.json writes it: a fixed month and day (Christmas), the nth
/// weekday of a month (Thanksgiving: the 4th Thursday of November; nth -1 is the last), or a computed rule
/// ("easter", by the Gregorian computus, plus Offset days; "lunar-new-year").
/// </summary>
internal sealed record HolidayRule(int? Month = null, int? Day = null, DayOfWeek? Weekday = null, int? Nth = null, string? Rule = null, int Offset = 0)
{
    public DateOnly? In(int year) => Rule switch
    {
        "easter" => Easter(year).AddDays(Offset),
        "lunar-new-year" => LunarNewYear.Of(year).AddDays(Offset),
        _ when Month is { } month && Day is { } day => new DateOnly(year, month, day),
        _ when Month is { } month && Weekday is { } weekday && Nth is { } nth => NthWeekday(year, month, weekday, nth),
        _ => null,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int nth)
    {
        if (nth < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (nth - 1)));
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
