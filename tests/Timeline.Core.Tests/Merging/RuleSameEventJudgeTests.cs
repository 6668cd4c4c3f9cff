using Timeline.Extraction.Model;
using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

public sealed class RuleSameEventJudgeTests
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
    [InlineData("2025", "2025", true)]
    [InlineData("2025-04", "2025-05-22", false)]
    [InlineData("", "2025-05-22", false)]
    [InlineData("", "", true)]
    public void DatesMatchWhenTheyOverlapWithOneDayOfSlack(string a, string b, bool expected) =>
        Assert.Equal(expected, Judge.Same(Call(a, null, "wang-yi", "marco-rubio"), Call(b, null, "wang-yi", "marco-rubio")));

    [Fact]
    public void APersonSetContainedInTheOtherMatches() =>
        Assert.True(Judge.Same(Call("2025-05-22", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi")));

    [Fact]
    public void DifferentPeopleDoNotMatch() =>
        Assert.False(Judge.Same(Call("2025-05-22", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi", "janet-yellen")));

    [Fact]
    public void WithoutPersonsOnOneSideTheCountriesDecide()
    {
        Assert.True(Judge.Same(Call("2025-05-22", null, "wang-yi", "china", "united-states"), Call("2025-05-22", null, "china", "united-states")));
        Assert.False(Judge.Same(Call("2025-05-22", null, "wang-yi", "china"), Call("2025-05-22", null, "united-states")));
    }

    [Fact]
    public void PlacesDoNotDecideBecauseOutletsNameTheSamePlaceDifferently() =>
        Assert.True(Judge.Same(Call("2023-11-15", "Woodside", "wang-yi"), Call("2023-11-15", "San Francisco", "wang-yi")));

    [Fact]
    public void ACallAMeetingAndTalksOfTheSamePeopleOnOneDayAreOneEncounter()
    {
        var call = Call("2025-05-22", null, "wang-yi");
        Assert.True(Judge.Same(call, call with { Type = "meeting", CameoCode = "043" }));
        Assert.True(Judge.Same(call, call with { Type = "talks", CameoCode = "046" }));
        Assert.Equal(SameEventFamily.Family(call), SameEventFamily.Family(call with { Type = "talks", CameoCode = "046" }));
    }

    [Fact]
    public void DifferentFamiliesDoNotMatch()
    {
        var call = Call("2025-05-22", null, "wang-yi");
        Assert.False(Judge.Same(call, call with { Type = "tariff", CameoCode = "1631" }));
        Assert.False(Judge.Same(call with { Type = "other", CameoCode = "042" }, call with { Type = "other", CameoCode = "190" }));
    }

    private static Claim Tariff(string date, params (string Id, bool Acts)[] actors) => new(
        "tariff", "1631", Parse(date), null,
        actors.Select(a => new ClaimActor(a.Id, a.Id is "china" or "united-states" ? "country" : a.Id.EndsWith("ministry", StringComparison.Ordinal) ? "organization" : "person", null, a.Acts)).ToList(),
        "t", "s", 0.5, []);

    [Fact]
    public void ActsMatchByTheSideThatActsNotByWhoIsNamed()
    {
        var chinaOnUs = Tariff("2025-03-04", ("china", true), ("united-states", false));
        var chinaWithItsMinistry = Tariff("2025-03-04", ("commerce-ministry", true), ("china", true), ("united-states", false));
        var usOnChina = Tariff("2025-03-04", ("united-states", true), ("china", false), ("donald-trump", true));

        Assert.True(Judge.Same(chinaOnUs, chinaWithItsMinistry));
        Assert.False(Judge.Same(chinaOnUs, usOnChina));
    }

    [Fact]
    public void AMeetingDatedOnlyToTheYearJoinsNoFinerReportOfTheSamePeople()
    {
        Assert.False(Judge.Same(Call("2025", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi", "marco-rubio")));
        Assert.False(Judge.Same(Call("2025", null, "wang-yi", "marco-rubio"), Call("2025-05", null, "wang-yi", "marco-rubio")));
    }

    [Fact]
    public void AnActDatedOnlyToTheYearJoinsAFinerOneOnlyWhenItNamesTheSamePeopleAndBodies()
    {
        var onPelosi = Tariff("2022-08-05", ("china", true), ("united-states", false), ("nancy-pelosi", false));
        var unnamed = Tariff("2022", ("china", true));
        var alsoOnPelosi = Tariff("2022", ("china", true), ("nancy-pelosi", false));

        Assert.False(Judge.Same(unnamed, onPelosi));
        Assert.True(Judge.Same(alsoOnPelosi, onPelosi));
        Assert.True(Judge.Same(Tariff("2022-08", ("china", true)), onPelosi with { Participants = [new ClaimActor("china", "country", null, true)] }));
    }

    [Fact]
    public void AStatementAndAnAccusationByOneSpeakerOnOneDayAreOneDeclaration()
    {
        var statement = Call("2023-06-21", null, "mao-ning", "china") with { Type = "statement", CameoCode = "010" };
        Assert.True(Judge.Same(statement, statement with { Type = "accusation", CameoCode = "111" }));
    }

    [Fact]
    public void AClaimJoinsAnEventOnlyWhenItAgreesWithEveryClaimThere()
    {
        var existing = new[] { Call("2025-05-22", null, "wang-yi", "marco-rubio"), Call("2025-05-22", null, "wang-yi") };

        Assert.True(Judge.JudgeAll(Call("2025-05-22", null, "wang-yi", "marco-rubio"), existing));
        Assert.False(Judge.JudgeAll(Call("2025-05-22", null, "wang-yi", "janet-yellen"), existing));
    }
}
