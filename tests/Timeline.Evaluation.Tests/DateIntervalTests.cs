using Timeline.Evaluation.Scoring;

namespace Timeline.Evaluation.Tests;

public class DateIntervalTests
{
    [Theory]
    [InlineData("2022-10-31", "2022-10-31", "2022-10-31", DatePrecision.Day)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("2021", "2021-01-01", "2021-12-31", DatePrecision.Year)]
    public void DatesAreReadAsTheIntervalTheirPrecisionCovers(string text, string start, string end, DatePrecision precision)
    {
        Assert.True(DateInterval.TryParse(text, out var interval));
        Assert.Equal(new DateInterval(DateOnly.Parse(start), DateOnly.Parse(end), precision), interval);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    [InlineData("31/10/2022")]
    [InlineData("20221")]
    public void MalformedDatesAreRejected(string? text) => Assert.False(DateInterval.TryParse(text, out _));

    [Theory]
    [InlineData("2022-10-31", 1, "2022-10-30", true)]
    [InlineData("2022-10-31", 1, "2022-11-01", true)]
    [InlineData("2022-10-31", 1, "2022-10-29", false)]
    [InlineData("2022-10-31", 0, "2022-10-30", false)]
    [InlineData("2025-05", 0, "2025-05-31", true)]
    [InlineData("2025-05", 2, "2025-06-02", true)]
    [InlineData("2025-05", 2, "2025-06-03", false)]
    [InlineData("2025-05-22", 5, "2025-05", false)]
    [InlineData("2021", 0, "2021-06", true)]
    [InlineData("2021", 0, "2021", true)]
    public void AWidenedGoldDateContainsOnlyWhollyInsideSystemDates(string gold, int tolerance, string system, bool contained)
    {
        DateInterval.TryParse(gold, out var goldDate);
        DateInterval.TryParse(system, out var systemDate);
        Assert.Equal(contained, goldDate.Widen(tolerance).Contains(systemDate));
    }
}
