namespace Timeline.Extraction.Tests.Actors;

public class ContextResolutionTests
{
    [Theory]
    [InlineData("Foreign Minister Wang Yi held talks.\nWang said they were candid.", new[] { "Wang Yi=wang-yi", "Wang=wang-yi" })]
    [InlineData("Vice Foreign Minister Ma Zhaoxu spoke first.\nThe speech by MA was short.", new[] { "Ma Zhaoxu=ma-zhaoxu", "MA=ma-zhaoxu" })]
    [InlineData("The Senate confirmed Burns.\nNicholas Burns was sworn in later.", new[] { "The Senate=us-congress", "Burns=nicholas-burns", "Nicholas Burns=nicholas-burns" })]
    [InlineData("Jack Ma spoke at the forum.\nMa smiled.", new[] { "Jack Ma=jack-ma", "Ma=jack-ma" })]
    [InlineData("Wang Yi met reporters.\nDan Wang, an analyst, disagreed.", new[] { "Wang Yi=wang-yi" })]
    [InlineData("Wang Yi met Wang Wentao.\nWang then left.", new[] { "Wang Yi=wang-yi", "Wang Wentao=wang-wentao", "Wang=wang-wentao" })]
    [InlineData("Xi said the relationship matters.", new[] { "Xi=xi-jinping" })]
    [InlineData("Ambassador David Perdue arrived.\nReporters asked Peredue about tariffs.", new[] { "David Perdue=david-perdue", "Peredue=david-perdue" })]
    [InlineData("Reporters asked Peredue about tariffs.", new string[0])]
    public void SurnamesResolveToThePeopleTheDocumentNamesInFull(string text, string[] expected)
    {
        Assert.Equal(expected, MentionHelper.Pairs(text));
    }

    [Fact]
    public void HeOpeningASentenceIsAPronounButHeMidSentenceIsTheVicePremier()
    {
        var text = "Vice Premier He Lifeng met bankers.\nHe said the talks went well.\nThe bankers thanked He for his time.";
        var mentions = MentionHelper.Find(text);
        Assert.Equal(["He Lifeng=he-lifeng", "He=he-lifeng"], mentions.Select(m => $"{m.Surface}={m.Actor.Id}"));
        Assert.Equal(text.LastIndexOf("He for", StringComparison.Ordinal), mentions[1].Start);
    }

    [Fact]
    public void HeBeforeAnyHeLifengIsNobody()
    {
        Assert.Empty(MentionHelper.Find("He met the bankers.\nThey thanked He for his time."));
    }

    [Theory]
    [InlineData("Secretary Blinken landed.\nThe secretary of state met students.\nThe Secretary said it went well.", "2023-06-18",
        new[] { "Blinken=antony-blinken", "secretary of state=antony-blinken", "Secretary=antony-blinken" })]
    [InlineData("Janet Yellen met He Lifeng.\nThe Chinese vice premier called the talks useful.", "2023-07-08",
        new[] { "Janet Yellen=janet-yellen", "He Lifeng=he-lifeng", "Chinese vice premier=he-lifeng" })]
    [InlineData("Blinken spoke with his Chinese counterpart, Wang Yi.", "2023-07-30",
        new[] { "Blinken=antony-blinken", "Wang Yi=wang-yi" })]
    public void RolePhrasesReferBackToTheLastPersonWithThatRole(string text, string date, string[] expected)
    {
        Assert.Equal(expected, MentionHelper.Pairs(text, date));
    }

    [Fact]
    public void MentionsCarryOffsetsIntoTheText()
    {
        var text = "On Friday, Secretary of State Marco Rubio called Wang Yi.";
        Assert.All(MentionHelper.Find(text, "2025-03-01"), m => Assert.Equal(m.Surface, text[m.Start..m.End]));
        Assert.Equal(["Marco Rubio", "Wang Yi"], MentionHelper.Find(text, "2025-03-01").Select(m => m.Surface));
    }
}
