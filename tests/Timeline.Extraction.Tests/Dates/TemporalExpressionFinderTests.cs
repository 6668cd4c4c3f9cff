using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Tests.Dates;

public class TemporalExpressionFinderTests
{
    [Theory]
    [InlineData("They met on May 23, 2025, in Geneva.", "May 23, 2025", TemporalKind.Calendar)]
    [InlineData("They met on 23 May 2025 in Geneva.", "23 May 2025", TemporalKind.Calendar)]
    [InlineData("The call took place Nov. 2, 2022, officials said.", "Nov. 2, 2022", TemporalKind.Calendar)]
    [InlineData("Washington, Oct 31 (EFE).- The two spoke.", "Oct 31", TemporalKind.Calendar)]
    [InlineData("Published 2025-05-23 by the ministry.", "2025-05-23", TemporalKind.Calendar)]
    [InlineData("05.08.2022, Sputnik International", "05.08.2022", TemporalKind.Calendar)]
    [InlineData("The statement came in November 2023 after talks.", "November 2023", TemporalKind.Calendar)]
    [InlineData("He had spoken with Rubio in January after the inauguration.", "in January", TemporalKind.Calendar)]
    [InlineData("BEIJING, June 19 (Xinhua) -- Xi met Blinken.", "June 19", TemporalKind.Calendar)]
    [InlineData("It was the first visit in 2021 by a cabinet member.", "in 2021", TemporalKind.Calendar)]
    [InlineData("No secretary of state had visited since 2018.", "since 2018", TemporalKind.Calendar)]
    [InlineData("Wang spoke with Blinken on Monday about trade.", "on Monday", TemporalKind.Weekday)]
    [InlineData("The leaders met virtually Monday night from their capitals.", "Monday night", TemporalKind.Weekday)]
    [InlineData("The call was held Thursday between the deputies.", "Thursday", TemporalKind.Weekday)]
    [InlineData("Trump accused China last Friday of breaching the truce.", "last Friday", TemporalKind.Weekday)]
    [InlineData("The ministry said yesterday that it objected.", "yesterday", TemporalKind.DayOffset)]
    [InlineData("The ministry said today that it objected.", "today", TemporalKind.DayOffset)]
    [InlineData("Earlier this week, Ma met the new ambassador.", "Earlier this week", TemporalKind.Week)]
    [InlineData("Officials will meet again this week in London.", "this week", TemporalKind.Week)]
    [InlineData("The envoys met last week in Rome.", "last week", TemporalKind.Week)]
    [InlineData("The talks in Geneva earlier this month eased tension.", "earlier this month", TemporalKind.Month)]
    [InlineData("Tariffs rose this month on steel.", "this month", TemporalKind.Month)]
    [InlineData("The talks last month produced a truce.", "last month", TemporalKind.Month)]
    [InlineData("It broke last month's agreement on tariffs.", "last month's", TemporalKind.Month)]
    [InlineData("Tension soared this year after the visits.", "this year", TemporalKind.Year)]
    [InlineData("The two met earlier this year in Bali.", "earlier this year", TemporalKind.Year)]
    [InlineData("Exports fell last year by a tenth.", "last year", TemporalKind.Year)]
    [InlineData("The curbs were imposed a few weeks ago by Commerce.", "a few weeks ago", TemporalKind.Ago)]
    [InlineData("The rules took effect on the 3rd, the agency said.", "on the 3rd", TemporalKind.OrdinalDay)]
    [InlineData("Negotiators met over the weekend in Geneva.", "over the weekend", TemporalKind.Weekend)]
    [InlineData("Negotiators will meet this weekend in Geneva.", "this weekend", TemporalKind.Weekend)]
    public void FindsEachDateForm(string sentence, string expectedText, TemporalKind expectedKind)
    {
        var found = Assert.Single(TemporalExpressionFinder.Find(sentence));

        Assert.Equal(expectedText, found.Text);
        Assert.Equal(expectedKind, found.Kind);
        Assert.Equal(expectedText, sentence[found.Start..found.End]);
    }

    [Theory]
    [InlineData("It was held after the 20th National Congress of the party.")]
    [InlineData("The 90-day truce lowered tariffs to 30 percent from 145 percent.")]
    [InlineData("The call began at 5:30 a.m. and lasted 35 minutes.")]
    [InlineData("Officials may 5 times reconsider; the U.S. may act.")]
    [InlineData("He met them on the 20th Anniversary of the treaty.")]
    [InlineData("Beijing spent 2025 yuan on 2024 items.")]
    public void IgnoresNumbersAndTimesThatAreNotDates(string sentence)
    {
        Assert.Empty(TemporalExpressionFinder.Find(sentence));
    }

    [Fact]
    public void FindsSeveralExpressionsInTextOrder()
    {
        var found = TemporalExpressionFinder.Find("On Sunday they talked; on June 19, 2023 they met; last month they argued.");

        Assert.Equal(["On Sunday", "June 19, 2023", "last month"], found.Select(f => f.Text));
    }
}
