using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>An agreement told without a date just after an encounter of the same people is what they agreed there.</summary>
public sealed class AgreementOutcomeTests
{
    private const string Meeting = "Secretary of State Antony Blinken met Chinese diplomat Wang Yi in Jakarta on Thursday. ";

    [Theory]
    [InlineData("", "Blinken and Wang Yi agreed to keep channels of communication open.")]
    [InlineData("", "Wang Yi agreed to keep channels of communication open.")]
    [InlineData("Chips were discussed. Analysts were divided. Markets rose. ", "Blinken and Wang Yi agreed to keep channels of communication open.")]
    public void AnUndatedAgreementAfterAnEncounterIsDatedByTheEncounterAndHasItsPeople(string before, string agreement)
    {
        var text = Extracting.Opening + before + Meeting + agreement;

        var result = Extracting.Article(text, "2023-07-15");

        var meeting = Assert.Single(result.Events, e => e.Type == EventType.Meeting);
        Assert.Equal("2023-07-13", meeting.Date.ToString());
        var agreed = Assert.Single(result.Events, e => e.Type == EventType.Agreement);
        Assert.Equal("2023-07-13", agreed.Date.ToString());
        Extracting.AssertParticipants(agreed, "antony-blinken", "wang-yi");
        Extracting.AssertCites(result, agreed, agreement);
    }

    [Fact]
    public void OneLeadersPledgeAfterASummitIsAnAgreementOfBothLeadersOnTheSummitsDay()
    {
        const string text = Extracting.Opening
            + "President Joe Biden met Chinese President Xi Jinping near San Francisco on Wednesday. Xi agreed to curb fentanyl exports.";

        var agreed = Assert.Single(Extracting.Events(text, "2023-11-20"), e => e.Type == EventType.Agreement);

        Assert.Equal("2023-11-15", agreed.Date.ToString());
        Extracting.AssertParticipants(agreed, "joe-biden", "xi-jinping");
    }
}
