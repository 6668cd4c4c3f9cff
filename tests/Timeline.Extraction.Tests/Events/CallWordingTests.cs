using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>However a phone call is worded, it is a call, not a meeting.</summary>
public sealed class CallWordingTests
{
    [Theory]
    [InlineData("Chinese Foreign Minister Wang Yi held a phone conversation with Secretary of State Antony Blinken on Tuesday.")]
    [InlineData("Chinese Foreign Minister Wang Yi spoke by phone with Secretary of State Antony Blinken on Tuesday.")]
    [InlineData("In a telephone call with Secretary of State Antony Blinken on Tuesday, Chinese Foreign Minister Wang Yi urged Washington to stop arming Taiwan.")]
    [InlineData("Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi spoke on the phone on Tuesday.")]
    [InlineData("Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held a video call on Tuesday.")]
    public void ACallWordedAnyWayIsOneCallAndNoMeeting(string sentence)
    {
        var result = Extracting.Article(Extracting.Opening + sentence, "2024-06-14");

        Assert.DoesNotContain(result.Events, e => e.Type is EventType.Meeting or EventType.Talks);
        var call = Assert.Single(result.Events, e => e.Type == EventType.Call);
        Assert.StartsWith("04", call.CameoCode, StringComparison.Ordinal);
        Assert.Equal("2024-06-11", call.Date.ToString());
        Extracting.AssertParticipants(call, "wang-yi", "antony-blinken");
        Extracting.AssertCites(result, call, sentence);
    }
}
