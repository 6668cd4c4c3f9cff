using Timeline.Extraction.Model;
using Timeline.Extraction.Tests.Events;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>Widely reported events (Data/known-events.json) date what an article names without a usable date.</summary>
public sealed class KnownEventAnchoringTests
{
    public static TheoryData<string, string, string, string> UndatedLeads => new()
    {
        // lead with no date anywhere, expected date, expected location, the other leader besides Xi
        { "President Joe Biden and Chinese President Xi Jinping met in Woodside, California.", "2023-11-15", "Woodside", "joe-biden" },
        { "President Donald Trump and Chinese President Xi Jinping met in Busan, South Korea.", "2025-10-30", "Busan", "donald-trump" },
        { "President Joe Biden and Chinese President Xi Jinping met in Bali, Indonesia.", "2022-11-14", "Bali", "joe-biden" },
        { "President Donald Trump and Chinese President Xi Jinping met in Osaka, Japan.", "2019-06-29", "Osaka", "donald-trump" },
    };

    [Theory]
    [MemberData(nameof(UndatedLeads))]
    public void AnUndatedArticleThatLeadsWithAKnownEventSpeaksFromThatEventsDay(string lead, string date, string location, string leader)
    {
        var result = Extracting.Article(lead, publishedAt: null);

        Assert.Equal(DocumentDateRule.KnownEvent, result.DocumentDate.Rule);
        Assert.Equal(date, result.DocumentDate.Date?.ToString());
        var meeting = Assert.Single(result.Events);
        Assert.Equal(EventType.Meeting, meeting.Type);
        Assert.Equal(date, meeting.Date.ToString());
        Assert.Equal(DatePrecision.Day, meeting.Date.Precision);
        Assert.Equal(location, meeting.Location);
        Extracting.AssertParticipants(meeting, leader, "xi-jinping");
        Extracting.AssertCites(result, meeting, lead);
    }

    [Fact]
    public void TheTwoLeadersOfAKnownMeetingAreNamedFromTheKnownEvent()
    {
        const string text = "The two leaders met in Busan, South Korea. Trump called the meeting a great success.";

        var result = Extracting.Article(text, publishedAt: null);

        var meeting = Assert.Single(result.Events);
        Assert.Equal(EventType.Meeting, meeting.Type);
        Assert.Equal("2025-10-30", meeting.Date.ToString());
        Extracting.AssertParticipants(meeting, "donald-trump", "xi-jinping");
        Extracting.AssertCites(result, meeting, "The two leaders met in Busan, South Korea.");
    }

    [Fact]
    public void AKnownMeetingIsNotAnchoredWhenTheArticleNamesNoneOfItsPeople()
    {
        var result = Extracting.Article("The two leaders met in Busan, South Korea.", publishedAt: null);

        Assert.NotEqual(DocumentDateRule.KnownEvent, result.DocumentDate.Rule);
        Assert.Empty(result.Events);
    }

    public static TheoryData<string, EventType, string> BackgroundMentions => new()
    {
        // background sentence after the news, expected type and date of the event it names
        { "Relations have been tense since Biden and Xi met in Bali.", EventType.Meeting, "2022-11-14" },
        { "The sanctions are the first since the U.S. shot down the Chinese balloon.", EventType.Other, "2023-02-04" },
    };

    [Theory]
    [MemberData(nameof(BackgroundMentions))]
    public void AnEventNamedInBackgroundIsDatedByTheKnownEvent(string background, EventType type, string date)
    {
        var text = "China imposed sanctions on Lockheed Martin on Tuesday. " + background;

        var result = Extracting.Article(text, "2024-03-01");

        var sanction = Assert.Single(result.Events, e => e.Type == EventType.Sanction);
        Assert.Equal("2024-02-27", sanction.Date.ToString());
        var recalled = Assert.Single(result.Events, e => e.Type == type);
        Assert.Equal(date, recalled.Date.ToString());
        Assert.Equal(DatePrecision.Day, recalled.Date.Precision);
        Extracting.AssertCites(result, recalled, background);
    }

    [Fact]
    public void BackgroundOlderThanTheLinkersReachIsNotDated()
    {
        const string text = "China imposed sanctions on Lockheed Martin on Tuesday. Ties have thawed since Donald Trump and Xi Jinping met in Osaka.";

        var events = Extracting.Events(text, "2024-03-01");

        Assert.DoesNotContain(events, e => e.Type == EventType.Meeting);
    }

    [Theory]
    [InlineData("on June 5", "2025-06-05")]
    [InlineData("on Jan. 17", "2025-01-17")]
    [InlineData("on Sept. 19", "2025-09-19")]
    [InlineData("on 19 September", "2025-09-19")]
    public void TheDayTheTextWritesPicksOneKnownCallAmongTheSameLeadersCalls(string day, string date)
    {
        var lead = $"President Donald Trump spoke with Chinese President Xi Jinping by phone {day}, the White House said.";

        var result = Extracting.Article(lead, publishedAt: null);

        Assert.Equal(DocumentDateRule.KnownEvent, result.DocumentDate.Rule);
        var call = Assert.Single(result.Events);
        Assert.Equal(EventType.Call, call.Type);
        Assert.Equal(date, call.Date.ToString());
        Extracting.AssertParticipants(call, "donald-trump", "xi-jinping");
        Extracting.AssertCites(result, call, lead);
    }

    [Fact]
    public void ACallBetweenLeadersWhoSpokeManyTimesIsNotAnchoredWithoutItsDay()
    {
        var result = Extracting.Article("President Donald Trump spoke with Chinese President Xi Jinping by phone, the White House said.", publishedAt: null);

        Assert.Equal(DocumentDateRule.None, result.DocumentDate.Rule);
        Assert.Empty(result.Events);
    }
}
