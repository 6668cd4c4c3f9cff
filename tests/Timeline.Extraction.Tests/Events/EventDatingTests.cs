using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Which words a written date belongs to, and the precision it is kept at.</summary>
public sealed class EventDatingTests
{
    public static TheoryData<string, string, string, string[]> DatesBeforeAComma => new()
    {
        // sentence, published, the meeting's date, who met
        {
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the highest-level American visit to China in years.",
            "2023-06-21", "2023-06-19", ["antony-blinken", "xi-jinping"]
        },
        {
            "Chinese Foreign Minister Qin Gang met Secretary of State Antony Blinken in Beijing on Sunday, the first visit by a top U.S. diplomat in five years.",
            "2023-06-21", "2023-06-18", ["qin-gang", "antony-blinken"]
        },
        {
            "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Tuesday, a rare visit by a cabinet member.",
            "2024-06-14", "2024-06-11", ["gina-raimondo", "wang-wentao"]
        },
    };

    [Theory]
    [MemberData(nameof(DatesBeforeAComma))]
    public void ADateBelongsToTheWordsItIsNotSetOffFromByAComma(string sentence, string published, string date, string[] people)
    {
        var result = Extracting.Article(Extracting.Opening + sentence, published);

        var meeting = Assert.Single(result.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(date, meeting.Date.ToString());
        Assert.Equal("Beijing", meeting.Location);
        Extracting.AssertParticipants(meeting, people);
        Extracting.AssertCites(result, meeting, sentence);
    }

    [Theory]
    [InlineData("President Donald Trump will meet Chinese President Xi Jinping in South Korea next week.")]
    [InlineData("Treasury Secretary Scott Bessent and Vice Premier He Lifeng are set to hold talks in Kuala Lumpur this weekend.")]
    [InlineData("Officials are preparing for the upcoming meeting between Trump and Xi Jinping in Busan.")]
    [InlineData("Secretary of State Marco Rubio is scheduled to meet Chinese Foreign Minister Wang Yi on Monday.")]
    [InlineData("Secretary of State Marco Rubio and Chinese Foreign Minister Wang Yi are expected to hold talks in Kuala Lumpur.")]
    public void FutureOrPlannedWordingYieldsNoEvent(string sentence)
    {
        Assert.Empty(Extracting.Events(Extracting.Opening + sentence, "2025-10-20"));
    }

    public static TheoryData<string, EventType, string> MonthOnlyDates => new()
    {
        // sentence (published 2024-06-14), type, the month it must stay at
        { "The Commerce Department imposed export controls on Chinese chipmakers in April.", EventType.ExportControl, "2024-04" },
        { "Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in March 2023 in New Delhi.", EventType.Meeting, "2023-03" },
        // A known meeting on Feb. 16 does not lend its day to a report that gives only the month.
        { "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich in February.", EventType.Meeting, "2024-02" },
    };

    [Theory]
    [MemberData(nameof(MonthOnlyDates))]
    public void AMonthOnlyDateStaysAtMonthPrecision(string sentence, EventType type, string month)
    {
        var result = Extracting.Article(Extracting.Opening + sentence, "2024-06-14");

        var found = Assert.Single(result.Events);
        Assert.Equal(type, found.Type);
        Assert.Equal(DatePrecision.Month, found.Date.Precision);
        Assert.Equal(month, found.Date.ToString());
        Extracting.AssertCites(result, found, sentence);
    }
}
