using Timeline.Extraction.Model;


namespace Timeline.Extraction.Tests.Events;

/// <summary>Reactions and consequences told after an event: what they are and when they happened.</summary>
public sealed class FollowUpTests
{
    [Fact]
    public void LaterBeforeAPlainVerbIsStillAPlan() =>
        Assert.DoesNotContain(
            Extracting.Events(Extracting.Opening + "Secretary of State Antony Blinken will meet Foreign Minister Wang Yi later this month in Beijing.", "2023-06-01"),
            e => e.Type == EventType.Meeting);

    [Fact]
    public void AMeasureOnlyAnnouncedIsDatedByItsAnnouncementNotByAnEarlierMeasureItAddsTo()
    {
        var text = Extracting.Opening + "The White House announced on Monday that it will add a 10 percent tariff on all Chinese imports, "
            + "to the 10 percent already imposed in February.";

        var tariff = Assert.Single(Extracting.Events(text, "2025-03-05"), e => e.Type == EventType.Tariff);

        Assert.Equal(EventDate.Day(new DateOnly(2025, 3, 3)), tariff.Date);
    }

    [Fact]
    public void TheMeetingAtWhichTheRemarksJustToldWereMadeIsOnTheirDay()
    {
        var text = "Chinese Vice President Han Zheng said on Sunday that China is ready to work with the United States. "
            + "Han made the remarks during a meeting with U.S. Vice President-elect J.D. Vance ahead of the inauguration.";

        var meeting = Assert.Single(Extracting.Events(text, "2025-01-20"), e => e.Type == EventType.Meeting);

        Assert.Equal(EventDate.Day(new DateOnly(2025, 1, 19)), meeting.Date);
        Extracting.AssertParticipants(meeting, "han-zheng", "jd-vance");
    }
}
