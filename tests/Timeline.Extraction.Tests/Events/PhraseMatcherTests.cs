using Timeline.Extraction.Events;

namespace Timeline.Extraction.Tests.Events;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Matcher = new([
        ("call", "short"),
        ("phone call", "long"),
        ("bans on ... exports", "gap"),
    ]);

    [Theory]
    [InlineData("They held a phone call today", "long")]
    [InlineData("The call was short", "short")]
    [InlineData("Washington's bans on chip and tool exports", "gap")]
    public void TheLongestPhraseAtAPositionWins(string text, string expected)
    {
        var match = Assert.Single(Matcher.FindAll(Tokenizer.Tokenize(text)));

        Assert.Equal(expected, match.Value);
    }

    [Fact]
    public void AGapMatchesAtMostSixWords()
    {
        Assert.Empty(Matcher.FindAll(Tokenizer.Tokenize("bans on one two three four five six seven exports")));
    }

    [Fact]
    public void TokensKeepAbbreviationsAndOffsets()
    {
        var tokens = Tokenizer.Tokenize("The U.S. side's swearing-in", 10);

        Assert.Equal(["the", "u.s", "side's", "swearing-in"], tokens.Select(t => t.Lower));
        Assert.Equal(14, tokens[1].Start);
    }
}
