using System.Globalization;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Quarters, halves and seasons as periods of a year, with their TIMEX3 names ("1989-Q3", "2023-H1", "2023-SU").
/// Seasons are the meteorological ones of the northern hemisphere; the winter of a year is the one its January and
/// February belong to, so it begins in the December before.
/// </summary>
internal static class YearParts
{
    private static readonly string[] SeasonNames = ["SP", "SU", "FA", "WI"];

    public static Period Quarter(int year, int quarter) => Months(year, (3 * quarter) - 2, 3);

    public static Period Half(int year, int half) => Months(year, (6 * half) - 5, 6);

    public static Period Season(int year, int season) => season == 4
        ? new Period(new DateOnly(year - 1, 12, 1), new DateOnly(year, 3, 1).AddDays(-1))
        : Months(year, 3 * season, 3);

    public static int QuarterOf(DateOnly day) => ((day.Month - 1) / 3) + 1;

    public static int HalfOf(DateOnly day) => ((day.Month - 1) / 6) + 1;

    /// <summary>The year of the season a day falls in (December belongs to the next year's winter) and the season.</summary>
    public static (int Year, int Season) SeasonOf(DateOnly day) => day.Month switch
    {
        12 => (day.Year + 1, 4),
        <= 2 => (day.Year, 4),
        _ => (day.Year, day.Month / 3),
    };

    public static string QuarterName(int year, int quarter) => $"{Year(year)}-Q{quarter}";

    public static string HalfName(int year, int half) => $"{Year(year)}-H{half}";

    public static string SeasonName(int year, int season) => $"{Year(year)}-{SeasonNames[season - 1]}";

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static Period Months(int year, int firstMonth, int count)
    {
        var first = new DateOnly(year, firstMonth, 1);
        return new Period(first, first.AddMonths(count).AddDays(-1));
    }
}
