using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text, []).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("The U.S. and the U.K. agreed. China objected.", "The U.S. and the U.K. agreed.|China objected.")]
    [InlineData("They met on Jan. 5 in Rome. Talks resumed Feb. 2 after a pause.", "They met on Jan. 5 in Rome.|Talks resumed Feb. 2 after a pause.")]
    [InlineData("The call was on Nov. 2, 2022. It lasted an hour.", "The call was on Nov. 2, 2022.|It lasted an hour.")]
    [InlineData("Mr. Wang met Mrs. Smith and Dr. Lee. They talked.", "Mr. Wang met Mrs. Smith and Dr. Lee.|They talked.")]
    [InlineData("Gov. Newsom, Sen. Daines and Rep. Smith flew in. They landed.", "Gov. Newsom, Sen. Daines and Rep. Smith flew in.|They landed.")]
    [InlineData("Gen. Milley and Lt. Gen. Kim spoke. Then they left.", "Gen. Milley and Lt. Gen. Kim spoke.|Then they left.")]
    [InlineData("Apple Inc. and Intel Corp. objected. Others agreed.", "Apple Inc. and Intel Corp. objected.|Others agreed.")]
    [InlineData("He is the No. 2 official. He arrived.", "He is the No. 2 official.|He arrived.")]
    [InlineData("They met at 10 a.m. Beijing time on St. Patrick's day. It went well.", "They met at 10 a.m. Beijing time on St. Patrick's day.|It went well.")]
    [InlineData("Secretary Janet L. Yellen met J. Smith. Both spoke.", "Secretary Janet L. Yellen met J. Smith.|Both spoke.")]
    [InlineData("Growth was 5.2 percent. Exports rose 3.5 percent.", "Growth was 5.2 percent.|Exports rose 3.5 percent.")]
    [InlineData("\"We are ready,\" he said. \"We will act.\" Next came questions.", "\"We are ready,\" he said.|\"We will act.\"|Next came questions.")]
    [InlineData("It called for “dialogue.” Wang agreed.", "It called for “dialogue.”|Wang agreed.")]
    [InlineData("He paused... Then he spoke. Really? Yes!", "He paused...|Then he spoke.|Really?|Yes!")]
    [InlineData("the Foreign Ministry said.The US denied it.", "the Foreign Ministry said.|The US denied it.")]
    [InlineData("Talks Resume In Geneva\n\nThe two sides met.", "Talks Resume In Geneva|The two sides met.")]
    [InlineData("First line without period\nSecond line.", "First line without period|Second line.")]
    public void SplitsAtSentenceEndsButNotAtAbbreviationsInitialsOrDecimals(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void OffsetsPointIntoTheText()
    {
        const string text = "Headline\n\n  Mr. Wang met Blinken.  They talked.\nEnd.";

        var sentences = SentenceSplitter.Split(text, []);

        Assert.Equal(4, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void SentencesOnCaptionLinesAreMarkedAsCaptions()
    {
        const string text = "Xi shakes hands with Blinken in Beijing. (Xinhua/Li Xueren)\nXi met Blinken on Monday.";
        var caption = new TextSpan(0, text.IndexOf('\n'));

        var sentences = SentenceSplitter.Split(text, [caption]);

        Assert.Equal([true, true, false], sentences.Select(s => s.IsCaption));
    }
}
