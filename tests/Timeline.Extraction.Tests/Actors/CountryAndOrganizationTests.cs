using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Actors;

public class CountryAndOrganizationTests
{
    [Theory]
    [InlineData("Washington imposed new tariffs and Beijing retaliated.", new[] { "Washington=united-states", "Beijing=china" })]
    [InlineData("The envoy arrived in Beijing on Monday.", new string[0])]
    [InlineData("Chinese authorities detained the executive.", new[] { "Chinese authorities=china" })]
    [InlineData("The talks were requested by the U.S. side.", new[] { "the U.S. side=united-states" })]
    [InlineData("The U.S. and China agreed to cut tariffs.", new[] { "U.S.=united-states", "China=china" })]
    [InlineData("Let us meet the press.", new string[0])]
    [InlineData("The Chinese Ministry of Commerce condemned the decision.", new[] { "Chinese Ministry of Commerce=mofcom" })]
    [InlineData("The Japanese Ministry of Foreign Affairs protested.", new string[0])]
    [InlineData("Huawei and Nvidia shares fell.", new[] { "Huawei=huawei", "Nvidia=nvidia" })]
    [InlineData("The Washington Post reported it first.", new string[0])]
    public void CountriesMetonymsAndOrganizationsAreFoundWhenTheyAct(string text, string[] expected)
    {
        Assert.Equal(expected, MentionHelper.Pairs(text));
    }

    [Fact]
    public void CapitalsStandingForCountriesAreMarkedAsMetonyms()
    {
        var mentions = MentionHelper.Find("Washington imposed tariffs after the United States consulted allies.");
        Assert.Equal([true, false], mentions.Select(m => m.IsMetonym));
        Assert.All(mentions, m => Assert.Equal(ActorKind.Country, m.Actor.Kind));
    }

    [Fact]
    public void AnAdjectiveBeforeATitleQualifiesThePersonInsteadOfNamingTheCountry()
    {
        var mentions = MentionHelper.Find("U.S. Deputy Secretary of State Christopher Landau spoke.", "2025-05-22");
        Assert.Equal(["christopher-landau"], mentions.Select(m => m.Actor.Id));
    }
}
