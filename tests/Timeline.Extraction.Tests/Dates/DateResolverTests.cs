using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Dates;

public class DateResolverTests
{
    private static EventDate? Resolve(string sentence, EventDate? anchor, DocumentDateRule rule = DocumentDateRule.PublishedAt) =>
        Assert.Single(WrittenDates.Resolve(sentence, new DocumentDate(anchor, rule))).Reading.Date;

    private static EventDate Day(string iso) => EventDate.Day(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    // Anchor: Friday 2025-05-23.
    [Theory]
    [InlineData("They spoke on Monday.", "2025-05-19")]
    [InlineData("They met virtually Monday night.", "2025-05-19")]
    [InlineData("The call was held Thursday.", "2025-05-22")]
    [InlineData("The call was held on Friday.", "2025-05-23")]
    [InlineData("Trump spoke last Friday.", "2025-05-16")]
    [InlineData("The ministry said yesterday.", "2025-05-22")]
    [InlineData("The ministry said today.", "2025-05-23")]
    [InlineData("It happened two days ago.", "2025-05-21")]
    [InlineData("Earlier this week, Ma met Perdue.", "2025-05")]
    [InlineData("They met this week.", "2025-05")]
    [InlineData("They met last week.", "2025-05")]
    [InlineData("The talks earlier this month eased tension.", "2025-05")]
    [InlineData("The talks last month eased tension.", "2025-04")]
    [InlineData("It broke last month's deal.", "2025-04")]
    [InlineData("Tension soared this year.", "2025")]
    [InlineData("They met earlier this year.", "2025")]
    [InlineData("Exports fell last year.", "2024")]
    [InlineData("The rules took effect on the 3rd, officials said.", "2025-05-03")]
    [InlineData("The rules took effect on the 25th, officials said.", "2025-04-25")]
    [InlineData("Negotiators met over the weekend.", "2025-05")]
    [InlineData("They met on May 20 in Geneva.", "2025-05-20")]
    [InlineData("They met on June 19 in Beijing.", "2024-06-19")]
    [InlineData("He had spoken with Rubio in January.", "2025-01")]
    [InlineData("The last statement came in November.", "2024-11")]
    public void ResolvesRelativeExpressionsAgainstAFridayAnchor(string sentence, string expected)
    {
        Assert.Equal(expected, Resolve(sentence, Day("2025-05-23"))?.ToString());
    }

    // Anchor: Wednesday 2025-06-11; last week is Mon 2 – Sun 8 June.
    [Fact]
    public void LastWeekIsThePreviousMondayToSundayWeekAtMonthPrecision()
    {
        var resolved = Resolve("They met last week.", Day("2025-06-11"));

        Assert.Equal(EventDate.Month(2025, 6), resolved);
    }

    // Anchor: Monday 2025-06-02; last week (26 May – 1 June) straddles two months, so only the year holds it.
    [Fact]
    public void LastWeekAcrossAMonthBoundaryFallsBackToTheYear()
    {
        Assert.Equal(EventDate.Year(2025), Resolve("They met last week.", Day("2025-06-02")));
    }

    [Theory]
    [InlineData("They met on May 23, 2025.", "2025-05-23")]
    [InlineData("They met on 23 May 2025.", "2025-05-23")]
    [InlineData("They met Nov. 2, 2022.", "2022-11-02")]
    [InlineData("Filed 2025-05-23.", "2025-05-23")]
    [InlineData("05.08.2022, Sputnik", "2022-08-05")]
    [InlineData("A statement came in November 2023.", "2023-11")]
    [InlineData("No visit since 2018.", "2018")]
    public void ResolvesAbsoluteDatesWithoutAnAnchor(string sentence, string expected)
    {
        Assert.Equal(expected, Resolve(sentence, null, DocumentDateRule.None)?.ToString());
    }

    // Anchor: June 2025, day unknown.
    [Theory]
    [InlineData("Wang met Perdue on Tuesday.", "2025-06")]
    [InlineData("Trump spoke last Friday.", "2025-06")]
    [InlineData("They met last week.", "2025-06")]
    [InlineData("The talks last month eased tension.", "2025-05")]
    [InlineData("Tension soared this year.", "2025")]
    [InlineData("He spoke with Rubio in January.", "2025-01")]
    [InlineData("The last statement came in September.", "2024-09")]
    public void AMonthAnchorPinsNoDayButStillShiftsMonths(string sentence, string expected)
    {
        Assert.Equal(expected, Resolve(sentence, EventDate.Month(2025, 6), DocumentDateRule.ReferenceEvent)?.ToString());
    }

    // Anchor: the year 2021 only.
    [Theory]
    [InlineData("Blinken met Xi on Monday.", "2021")]
    [InlineData("Exports fell last year.", "2020")]
    [InlineData("The talks last month eased tension.", null)]
    public void AYearAnchorGivesTheYearOrNothing(string sentence, string? expected)
    {
        Assert.Equal(expected, Resolve(sentence, EventDate.Year(2021), DocumentDateRule.ReferenceEvent)?.ToString());
    }

    [Theory]
    [InlineData("They spoke on Monday.")]
    [InlineData("The talks last month eased tension.")]
    [InlineData("They met on June 19 in Beijing.")]
    [InlineData("Exports fell last year.")]
    public void RelativeExpressionsWithoutAnAnchorResolveToNothing(string sentence)
    {
        Assert.Null(Resolve(sentence, null, DocumentDateRule.None));
    }
}
