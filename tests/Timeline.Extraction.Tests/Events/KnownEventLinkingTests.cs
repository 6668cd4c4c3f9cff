using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// The optional known-events stage fills gaps (a finer date, people left unnamed) and says where each filled value came
/// from; it never dates an article that has no date, and switched off it changes nothing else.
/// </summary>
public sealed class KnownEventLinkingTests
{
    [Theory]
    [InlineData("President Joe Biden and Chinese President Xi Jinping met in Woodside, California.", "2023-11-15")]
    [InlineData("President Donald Trump and Chinese President Xi Jinping met in Busan, South Korea.", "2025-10-30")]
    [InlineData("President Donald Trump spoke with Chinese President Xi Jinping by phone on June 5, the White House said.", "2025-06-05")]
    public void AnArticleWithoutADateIsNeverDatedByAKnownEvent(string lead, string knownDay)
    {
        var result = Extracting.Article(lead, publishedAt: null, knownEvents: true);

        Assert.NotEqual(DocumentDateRule.KnownEvent, result.DocumentDate.Rule);
        Assert.DoesNotContain(result.Events, e => e.Date.ToString() == knownDay && e.Provenance.Count > 0);
    }

    [Fact]
    public void AMonthTheTextWritesStaysAMonth()
    {
        const string text = "President Joe Biden and Chinese President Xi Jinping met in Bali, Indonesia, in November.";

        var meeting = Assert.Single(Extracting.Events(text, "2022-12-05", knownEvents: true), e => e.Type == EventType.Meeting);

        Assert.Equal("2022-11", meeting.Date.ToString());
        Assert.DoesNotContain(meeting.Provenance, p => p.StartsWith("date", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLeadersAKnownMeetingHadAreNamedWhenTheTextLeavesThemUnnamedAndSaysWhere()
    {
        const string text = "Washington and Beijing traded words. The two leaders met in Busan, South Korea, last month.";

        var on = Assert.Single(Extracting.Events(text, "2025-11-12", knownEvents: true), e => e.Type == EventType.Meeting);
        var off = Extracting.Events(text, "2025-11-12", knownEvents: false).Where(e => e.Type == EventType.Meeting).ToList();

        Extracting.AssertParticipants(on, "donald-trump", "xi-jinping");
        Assert.Contains(on.Provenance, p => p.Contains("known event 2025-10-30-trump-xi-busan-meeting", StringComparison.Ordinal));
        Assert.All(off, meeting => Assert.DoesNotContain(meeting.Participants, p => p.Actor.Id == "donald-trump"));
    }

    [Fact]
    public void AKnownEventWhoseCuesTheTextLacksIsNotLinked()
    {
        const string text = "President Joe Biden and Chinese President Xi Jinping met in November.";

        var meeting = Assert.Single(Extracting.Events(text, "2022-12-05", knownEvents: true), e => e.Type == EventType.Meeting);

        Assert.Equal("2022-11", meeting.Date.ToString());
        Assert.Empty(meeting.Provenance);
    }
}
