using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Text;

/// <summary>Scraped pages lose the space at a line break: a known name glued to the next word is read as two words.</summary>
public sealed class GluedWordsTests
{
    private static readonly GluedWords Separator = new(new HashSet<string> { "nancy", "pelosi", "xie", "feng" }, word => word == "expressed");

    private static IEnumerable<string> Keys(string text) => Separator.Separate(Document.FromLines(text)).Tokens.Select(t => t.Key);

    [Fact]
    public void ANameGluedToAWordTheTextUsesElsewhereIsSplit() =>
        Assert.Equal(["nancy", "pelosi", "state", "media", "reported", ".", "the", "state", "agency"],
            Keys("Nancy Pelosistate media reported.\nThe state agency"));

    [Fact]
    public void ANameGluedToAWordTheLexiconKnowsIsSplitAndKeepsItsOffsets()
    {
        var document = Separator.Separate(Document.FromLines("Minister Xi Fengexpressed protests"));

        var name = document.Tokens[2];
        var verb = document.Tokens[3];
        Assert.Equal(("feng", TokenShape.Capitalized, "Feng"), (name.Key, name.Shape, document.Text[name.Start..name.End]));
        Assert.Equal(("expressed", TokenShape.Lower, "expressed"), (verb.Key, verb.Shape, document.Text[verb.Start..verb.End]));
    }

    [Theory]
    [InlineData("Fengshui practice")]
    [InlineData("Pelosiland is a word")]
    [InlineData("Pelosi state")]
    public void WordsThatOnlyBeginWithANameStayWhole(string text) =>
        Assert.Equal(Document.FromLines(text).Tokens.Select(t => t.Key), Keys(text));

    [Fact]
    public void TheExtractorFindsThePersonWhoseNameWasGlued()
    {
        var (_, _, sentences) = ArticleExtractor.CreateDefault().Read(new ArticleInput(
            "China summoned U.S. Ambassador Nicholas Burns on Tuesday over the visit to Taiwan by House Speaker Nancy Pelosistate media reported.",
            null, null, null, null, new DateOnly(2022, 8, 3)));

        var actors = sentences.SelectMany(s => s.Actors).Select(a => a.Actor.Id).ToList();
        Assert.Contains("nancy-pelosi", actors);
        Assert.DoesNotContain(actors, id => id.Contains("pelosistate", StringComparison.Ordinal));
    }
}
