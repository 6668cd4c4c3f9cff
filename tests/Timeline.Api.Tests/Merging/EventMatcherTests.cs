using Timeline.Api.Events.Merging;
using Timeline.Extraction.Model;

namespace Timeline.Api.Tests.Merging;

public sealed class EventMatcherTests
{
    private static Claim Call(string date, string? location = null, params string[] actors) => new(
        "call", "041", Parse(date), location,
        actors.Select(a => new ClaimActor(a, a is "china" or "united-states" ? "country" : "person", null)).ToList(),
        "t", "s", 0.5, []);

    private static EventDate? Parse(string date) => EventDate.TryParse(date, out var d) ? d : null;

    [Theory]
    [InlineData("2025-05-22", "2025-05-22", true)]
    [InlineData("2025-05-22", "2025-05-23", true)]
    [InlineData("2025-05-22", "2025-05-24", false)]
    [InlineData("2025-05-22", "2025-05-29", false)]
    [InlineData("2025-05", "2025-05-22", true)]
    [InlineData("2025", "2025-05-22", true)]
    [InlineData("2025-04", "2025-05-22", false)]
    [InlineData("", "2025-05-22", false)]
    [InlineData("", "", true)]
    public void DatesMatchWhenTheyOverlapWithOneDayOfSlack(string a, string b, bool expected) =>
        Assert.Equal(expected, EventMatcher.Compatible(Call(a, null, "wang-yi", "marco-rubio"), Call(b, null, "wang-yi", "marco-rubio")));

    [Fact]
    public void APersonSetContainedInTheOtherMatches() =>
        Assert.True(EventMatcher.Compatible(Call("2025-05-22", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi")));

    [Fact]
    public void DifferentPeopleDoNotMatch() =>
        Assert.False(EventMatcher.Compatible(Call("2025-05-22", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi", "janet-yellen")));

    [Fact]
    public void WithoutPersonsOnOneSideTheCountriesDecide()
    {
        Assert.True(EventMatcher.Compatible(Call("2025-05-22", null, "wang-yi", "china", "united-states"), Call("2025-05-22", null, "china", "united-states")));
        Assert.False(EventMatcher.Compatible(Call("2025-05-22", null, "wang-yi", "china"), Call("2025-05-22", null, "united-states")));
    }

    [Fact]
    public void DifferentLocationsDoNotMatchButAMissingOneDoes()
    {
        Assert.False(EventMatcher.Compatible(Call("2025-05-22", "Geneva", "wang-yi"), Call("2025-05-22", "London", "wang-yi")));
        Assert.True(EventMatcher.Compatible(Call("2025-05-22", "Geneva", "wang-yi"), Call("2025-05-22", null, "wang-yi")));
    }

    [Fact]
    public void DifferentTypesOrCameoRootsDoNotMatch()
    {
        var call = Call("2025-05-22", null, "wang-yi");
        Assert.False(EventMatcher.Compatible(call, call with { Type = "meeting" }));
        Assert.False(EventMatcher.Compatible(call, call with { CameoCode = "173" }));
        Assert.True(EventMatcher.Compatible(call, call with { CameoCode = "040" }));
    }

    [Fact]
    public void AClaimJoinsAnEventOnlyWhenItAgreesWithEveryClaimThere()
    {
        var existing = new[] { Call("2025-05-22", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi") };

        Assert.True(EventMatcher.CompatibleWithAll(Call("2025-05-22", null, "wang-yi", "marco-rubio"), existing));
        Assert.False(EventMatcher.CompatibleWithAll(Call("2025-05-22", null, "wang-yi", "janet-yellen"), existing));
    }
}
