using Timeline.Extraction.Model;


namespace Timeline.Extraction.Tests.Events;

/// <summary>Reactions and consequences told after an event: what they are and when they happened.</summary>
public sealed class FollowUpTests
{
    // Published Sunday 2023-02-05; the protest is told after the lead, so the article's date does not date it.
    private const string ShootDown =
        "US fighter jets shot down the Chinese surveillance balloon off the coast on Saturday, Defense Secretary Lloyd Austin said. "
        + "The operation ended a week of diplomatic drama. "
        + "The public had tracked the balloon from Montana to the Carolinas. "
        + "A jet shot down the balloon with one missile, a defence official told reporters. "
        + "China's foreign ministry later expressed \"strong dissatisfaction and protest against the US's use of force\". "
        + "Navy ships are collecting the debris of the balloon.";

    [Fact]
    public void LaterBeforeAPastFormIsWhatCameNextAndTakesTheDayOfTheEventJustTold()
    {
        var events = Extracting.Events(ShootDown, "2023-02-05");

        var protest = Assert.Single(events, e => e.Type == EventType.Accusation);
        Assert.Equal(EventDate.Day(new DateOnly(2023, 2, 4)), protest.Date);
        Extracting.AssertParticipants(protest, "china");
    }

    [Fact]
    public void LaterBeforeAPlainVerbIsStillAPlan() =>
        Assert.DoesNotContain(
            Extracting.Events(Extracting.Opening + "Secretary of State Antony Blinken will meet Foreign Minister Wang Yi later this month in Beijing.", "2023-06-01"),
            e => e.Type == EventType.Meeting);

    [Theory]
    [InlineData("The balloon prompted Secretary of State Antony Blinken to postpone his visit to Beijing.")]
    [InlineData("The balloon prompted the postponement of Secretary of State Antony Blinken's trip to China.")]
    public void WhatAPastCauseBroughtAboutHappened(string sentence)
    {
        var text = "A Chinese surveillance balloon crossed the United States on Thursday, the Pentagon said. " + sentence;

        var events = Extracting.Events(text, "2023-02-04");

        Assert.Contains(events, e => e.Participants.Any(p => p.Actor.Id == "antony-blinken") && e.Title.Contains("calls off", StringComparison.Ordinal));
    }

    [Fact]
    public void AMeasureOnlyAnnouncedIsDatedByItsAnnouncementNotByAnEarlierMeasureItAddsTo()
    {
        var text = Extracting.Opening + "The White House announced on Monday that it will add a 10 percent tariff on all Chinese imports, "
            + "to the 10 percent already imposed in February.";

        var tariff = Assert.Single(Extracting.Events(text, "2025-03-05"), e => e.Type == EventType.Tariff);

        Assert.Equal(EventDate.Day(new DateOnly(2025, 3, 3)), tariff.Date);
    }

    [Fact]
    public void AnEarlierEncounterNamedInPassingTakesThePeopleOfTheOneItPreceded()
    {
        var text = "Defense Secretary Pete Hegseth met Chinese Defense Minister Dong Jun in Kuala Lumpur on Friday. "
            + "The meeting, following a September teleconference, was a sign of improving communication.";

        var call = Assert.Single(Extracting.Events(text, "2025-11-01"), e => e.Type == EventType.Call);

        Assert.Equal(EventDate.Month(2025, 9), call.Date);
        Extracting.AssertParticipants(call, "pete-hegseth", "dong-jun");
    }

    [Fact]
    public void ACallThatIsTheFirstSinceAMonthTellsOfTheOneBefore()
    {
        var text = "President Donald Trump and President Xi Jinping spoke by phone on Wednesday. "
            + "Both leaders praised the call, their first since November.";

        var calls = Extracting.Events(text, "2026-02-05").Where(e => e.Type == EventType.Call).ToList();

        Assert.Contains(calls, c => c.Date == EventDate.Day(new DateOnly(2026, 2, 4)));
        Assert.Contains(calls, c => c.Date == EventDate.Month(2025, 11));
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
