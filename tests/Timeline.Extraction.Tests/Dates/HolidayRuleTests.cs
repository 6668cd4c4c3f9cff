using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Tests.Dates;

public class HolidayRuleTests
{
    private static DateOnly? Day(string holiday, int year) => DateWords.Instance.Holidays[holiday].In(year);

    [Theory]
    [InlineData("christmas", 2023, "2023-12-25")]
    [InlineData("new year's day", 2024, "2024-01-01")]
    [InlineData("independence day", 2019, "2019-07-04")]
    [InlineData("thanksgiving", 2023, "2023-11-23")]
    [InlineData("thanksgiving", 2024, "2024-11-28")]
    [InlineData("memorial day", 2025, "2025-05-26")]
    [InlineData("easter", 2024, "2024-03-31")]
    [InlineData("easter", 2025, "2025-04-20")]
    [InlineData("easter", 1998, "1998-04-12")]
    [InlineData("good friday", 2025, "2025-04-18")]
    public void FixedWeekdayAndComputedHolidaysFallOnTheirDay(string holiday, int year, string expected)
    {
        Assert.Equal(expected, Day(holiday, year)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1989, "1989-02-06")]
    [InlineData(1998, "1998-01-28")]
    [InlineData(2000, "2000-02-05")]
    [InlineData(2017, "2017-01-28")]
    [InlineData(2018, "2018-02-16")]
    [InlineData(2019, "2019-02-05")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    public void TheLunarNewYearIsTheSecondNewMoonAfterTheWinterSolsticeInChina(int year, string expected)
    {
        Assert.Equal(expected, LunarNewYear.Of(year).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
