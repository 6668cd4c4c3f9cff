using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>Bare years, fiscal years, quarters, halves, seasons, holidays, parts of months and offsets.</summary>
public class YearsAndPeriodsTests
{
    [Theory]
    [InlineData("The 1996 bombing changed the alliance.", "1996", TemporalKind.Calendar)]
    [InlineData("Profit for 1988 rose by a tenth.", "1988", TemporalKind.Calendar)]
    [InlineData("The 2020 elections were disputed.", "2020", TemporalKind.Calendar)]
    [InlineData("Tension has grown since 2018.", "since 2018", TemporalKind.Calendar)]
    [InlineData("Trade grew in early 2024 and then fell.", "in early 2024", TemporalKind.Calendar)]
    [InlineData("Prices have climbed since late 2022.", "since late 2022", TemporalKind.Calendar)]
    [InlineData("The plant should open by mid-2026.", "by mid-2026", TemporalKind.Calendar)]
    [InlineData("The envoys met in early March in Rome.", "in early March", TemporalKind.Calendar)]
    [InlineData("Sales have slowed since late January.", "since late January", TemporalKind.Calendar)]
    [InlineData("The rules change in mid-April.", "in mid-April", TemporalKind.Calendar)]
    [InlineData("Budget cuts hit spending in fiscal 1989.", "fiscal 1989", TemporalKind.FiscalYear)]
    [InlineData("The bill funds fiscal year 2024 programs.", "fiscal year 2024", TemporalKind.FiscalYear)]
    [InlineData("The FY2025 request grew.", "FY2025", TemporalKind.FiscalYear)]
    [InlineData("The agency expects savings next fiscal year.", "next fiscal year", TemporalKind.FiscalYear)]
    [InlineData("Output fell in the first quarter.", "the first quarter", TemporalKind.Quarter)]
    [InlineData("Shipments jumped in Q3 2024 on demand.", "Q3 2024", TemporalKind.Quarter)]
    [InlineData("Exports slowed in the third quarter of 2023.", "the third quarter of 2023", TemporalKind.Quarter)]
    [InlineData("Revenue dropped last quarter as orders fell.", "last quarter", TemporalKind.Quarter)]
    [InlineData("Its third-quarter profit rose.", "third-quarter", TemporalKind.Quarter)]
    [InlineData("Growth was weak in the first half of 2023.", "the first half of 2023", TemporalKind.Half)]
    [InlineData("The two sides talked last summer.", "last summer", TemporalKind.Season)]
    [InlineData("The factory opened in spring 2023.", "in spring 2023", TemporalKind.Season)]
    [InlineData("A visit is planned this fall.", "this fall", TemporalKind.Season)]
    [InlineData("Shortages peaked in the winter of 2022.", "in the winter of 2022", TemporalKind.Season)]
    [InlineData("Shoppers spent less at Christmas.", "Christmas", TemporalKind.Holiday)]
    [InlineData("The truce began on New Year's Day.", "New Year's Day", TemporalKind.Holiday)]
    [InlineData("Fireworks marked Independence Day.", "Independence Day", TemporalKind.Holiday)]
    [InlineData("Stores opened early after Thanksgiving.", "Thanksgiving", TemporalKind.Holiday)]
    [InlineData("Travel peaked before the Lunar New Year holiday.", "Lunar New Year", TemporalKind.Holiday)]
    [InlineData("Sales rose from $4 billion a year earlier.", "a year earlier", TemporalKind.Offset)]
    [InlineData("They met again two years later in Osaka.", "two years later", TemporalKind.Offset)]
    [InlineData("Growth slowed from the previous year.", "the previous year", TemporalKind.Offset)]
    [InlineData("Growth for the year will be slower.", "the year", TemporalKind.Year)]
    [InlineData("Exports rose later this year than planned.", "later this year", TemporalKind.Year)]
    [InlineData("Exports rose this month.", "this month", TemporalKind.Month)]
    [InlineData("The policy dates from the 1990s.", "the 1990s", TemporalKind.Decade)]
    public void FindsYearsAndPeriods(string sentence, string expectedText, TemporalKind expectedKind)
    {
        var found = Assert.Single(TemporalExpressionFinder.Find(sentence));

        Assert.Equal((expectedText, expectedKind), (found.Text, found.Kind));
    }

    [Theory]
    [InlineData("The army sent 1,988 troops to the border.")]
    [InlineData("The ticket cost $2019 in all.")]
    [InlineData("Some 2019 people signed the petition.")]
    [InlineData("Flight 1996 landed late.")]
    [InlineData("The alert came at 2000 GMT.")]
    [InlineData("The index rose 2019.5 points.")]
    [InlineData("A quarter of the exports go to Asia.")]
    [InlineData("Half the firms cut jobs.")]
    [InlineData("Prices may fall sharply.")]
    [InlineData("The Arab Spring reshaped the region.")]
    [InlineData("It recalled the fall of the city.")]
    [InlineData("The firm has a fiscal policy team.")]
    [InlineData("Officials visited Christmas Island.")]
    [InlineData("The ministry marked Ukraine's Independence Day.")]
    public void IgnoresNumbersAndWordsThatAreNotDates(string sentence)
    {
        Assert.Empty(TemporalExpressionFinder.Find(sentence));
    }

    /// <summary>The last date of the sentence: an offset counts from a date before it.</summary>
    private static DateReading Read(string sentence, string anchor) =>
        Enumerable.Last(WrittenDates.Resolve(sentence, new DocumentDate(EventDate.Day(DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture)), DocumentDateRule.PublishedAt))).Reading;

    [Theory]
    // date null: no day, month or year holds it without claiming more than the text says.
    [InlineData("The 1996 bombing changed the alliance.", "2025-05-23", "1996", "1996")]
    [InlineData("The envoys met in early March in Rome.", "2025-05-23", "2025-03", "2025-03")]
    [InlineData("The envoys will meet in late June.", "2025-05-23", "2025-06", "2025-06")]
    [InlineData("Prices have climbed since late 2022.", "2025-05-23", "2022", "2022")]
    [InlineData("Budget cuts hit spending in fiscal 1989.", "1989-10-26", "1989", "FY1989")]
    [InlineData("The agency expects savings next fiscal year.", "1989-10-26", "1990", "FY1990")]
    [InlineData("Output fell in the first quarter.", "1989-10-26", "1989", "1989-Q1")]
    [InlineData("Output will rise in the first quarter.", "1989-10-26", "1990", "1990-Q1")]
    [InlineData("Profit rose in the third quarter.", "1989-10-26", "1989", "1989-Q3")]
    [InlineData("Revenue dropped last quarter as orders fell.", "2024-02-10", "2023", "2023-Q4")]
    [InlineData("Sales will pick up this quarter.", "2024-02-10", "2024", "2024-Q1")]
    [InlineData("Exports slowed in the third quarter of 2023.", "2025-05-23", "2023", "2023-Q3")]
    [InlineData("Growth was weak in the second half.", "2023-10-02", "2023", "2023-H2")]
    [InlineData("The two sides talked last summer.", "2023-10-02", "2023", "2023-SU")]
    [InlineData("The two sides talked last summer.", "2023-07-15", "2022", "2022-SU")]
    [InlineData("A visit is planned this fall.", "2023-03-01", "2023", "2023-FA")]
    [InlineData("The factory will reopen next spring.", "2023-10-02", "2024", "2024-SP")]
    [InlineData("The factory opened in spring 2023.", "2025-05-23", "2023", "2023-SP")]
    [InlineData("Shortages peaked in the winter of 2022.", "2025-05-23", "2022", "2022-WI")]
    [InlineData("Shortages will peak this winter.", "2023-10-02", null, "2024-WI")]
    [InlineData("Shoppers spent less at Christmas.", "2024-02-10", "2023-12-25", "2023-12-25")]
    [InlineData("Shoppers will spend more at Christmas.", "2024-02-10", "2024-12-25", "2024-12-25")]
    [InlineData("Stores opened early after Thanksgiving.", "2024-12-10", "2024-11-28", "2024-11-28")]
    [InlineData("The truce will end at Easter.", "2025-02-10", "2025-04-20", "2025-04-20")]
    [InlineData("Travel peaked before the Lunar New Year holiday.", "2024-02-20", "2024-02-10", "2024-02-10")]
    [InlineData("Exports rose 5% from a year earlier.", "2024-02-10", "2023", "2023")]
    [InlineData("Profit in the third quarter rose from a year earlier.", "1989-10-26", "1988", "1988-Q3")]
    [InlineData("In March 2023 exports fell from a year earlier.", "2025-05-23", "2022-03", "2022-03")]
    [InlineData("They met in 2019 and again two years later.", "2025-05-23", "2021", "2021")]
    [InlineData("Growth for the year will be slower.", "2025-05-23", "2025", "2025")]
    [InlineData("The policy dates from the 1990s.", "2025-05-23", null, "199")]
    [InlineData("The envoys will meet this week.", "2025-05-21", "2025-05", "2025-W21")]
    public void ResolvesYearsAndPeriodsToTheirDateAndValue(string sentence, string anchor, string? expectedDate, string expectedValue)
    {
        var reading = Read(sentence, anchor);

        Assert.Equal((expectedDate, expectedValue), (reading.Date?.ToString(), reading.Value));
    }

    [Fact]
    public void AQuarterIsNeverADayOrAMonth()
    {
        var reading = Read("Profit rose in the third quarter.", "1989-10-26");

        Assert.Equal(DatePrecision.Year, reading.Date!.Precision);
    }
}
