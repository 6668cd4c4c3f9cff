namespace Timeline.Extraction.Tests.Actors;

public class TitleAndRoleTests
{
    [Theory]
    [InlineData("Chinese Vice Foreign Minister Ma Zhaoxu spoke.", "2025-05-23", "ma-zhaoxu", "Vice Foreign Minister", "Vice Foreign Minister")]
    [InlineData("U.S. Ambassador to Beijing David Perdue spoke.", "2025-05-23", "david-perdue", "Ambassador to Beijing", "Ambassador to China")]
    [InlineData("He met the newly appointed U.S. Ambassador to China, David Perdue.", "2025-05-23", "david-perdue", "Ambassador to China", "Ambassador to China")]
    [InlineData("State Councilor and Foreign Minister Wang Yi spoke.", "2021-10-01", "wang-yi", "State Councilor and Foreign Minister", "Foreign Minister")]
    [InlineData("Premier Li met executives.", "2021-06-01", "li-keqiang", "Premier", "Premier")]
    [InlineData("Premier Li met executives.", "2024-06-01", "li-qiang", "Premier", "Premier")]
    public void TitlesBeforeANameAreKeptWithTheRoleTheyMatch(string text, string date, string id, string title, string role)
    {
        var mention = Assert.Single(MentionHelper.Find(text, date), m => m.Actor.Kind == Model.ActorKind.Person);
        Assert.Equal(id, mention.Actor.Id);
        Assert.Equal(title, mention.Title);
        Assert.Equal(role, mention.MatchedRole?.Title);
    }

    [Theory]
    [InlineData("China's foreign minister warned against interference.", "2023-03-20", "qin-gang")]
    [InlineData("China's foreign minister warned against interference.", "2024-05-01", "wang-yi")]
    [InlineData("China's foreign minister warned against interference.", "2020-05-01", "wang-yi")]
    [InlineData("The statement came from the U.S. president.", "2022-04-01", "joe-biden")]
    [InlineData("The statement came from the U.S. president.", "2018-04-01", "donald-trump")]
    [InlineData("Chinese leader Xi Jinping spoke.", "2018-04-01", "xi-jinping")]
    [InlineData("The remarks by Chinese leader came late.", "2024-04-01", "xi-jinping")]
    [InlineData("She met the US Treasury Secretary.", "2024-04-01", "janet-yellen")]
    [InlineData("She met the US Treasury Secretary.", "2025-06-01", "scott-bessent")]
    public void ARoleAloneResolvesThroughWhoHeldItAtTheDocumentDate(string text, string date, string id)
    {
        var person = Assert.Single(MentionHelper.Find(text, date), m => m.Actor.Kind == Model.ActorKind.Person);
        Assert.Equal(id, person.Actor.Id);
    }

    [Theory]
    [InlineData("China's foreign minister warned against interference.")]
    [InlineData("The statement came from the president.")]
    public void ARoleAloneWithoutADateOrContextStaysUnresolvedWhenSeveralHeldIt(string text)
    {
        Assert.DoesNotContain(MentionHelper.Find(text), m => m.Actor.Kind == Model.ActorKind.Person);
    }

    [Fact]
    public void ARoleAloneWithoutADateResolvesWhenOnlyOnePersonEverHeldIt()
    {
        var mention = Assert.Single(MentionHelper.Find("She briefed the Indo-Pacific coordinator."));
        Assert.Equal("kurt-campbell", mention.Actor.Id);
    }
}
