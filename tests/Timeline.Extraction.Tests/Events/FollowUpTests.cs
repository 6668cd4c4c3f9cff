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
}
