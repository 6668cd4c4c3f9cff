using Timeline.Extraction.Topics;

namespace Timeline.Extraction.Tests.Topics;

public class TopicClassifierTests
{
    [Theory]
    [InlineData("Washington raised tariffs on steel.", "tariffs")]
    [InlineData("New rules restrict advanced chips and chipmaking tools.", "semiconductors")]
    [InlineData("They discussed curbing fentanyl precursor chemicals.", "fentanyl")]
    [InlineData("Warships crossed the Taiwan Strait.", "Taiwan")]
    [InlineData("Activists raised Uyghur forced labor.", "human rights")]
    [InlineData("Envoys discussed methane emissions.", "climate")]
    [InlineData("The Treasury froze assets under new sanctions.", "sanctions")]
    [InlineData("Officials discussed the war in Ukraine.", "Ukraine")]
    [InlineData("The COVID-19 pandemic disrupted travel.", "pandemic")]
    public void KeywordsSelectTheirTopic(string text, string topic)
    {
        Assert.Contains(topic, TopicClassifier.Classify(text));
    }

    [Fact]
    public void TopicsComeInTheDataFileOrderWithoutDuplicates()
    {
        var topics = TopicClassifier.Classify("Sanctions, tariffs and trade were discussed; tariffs again.");
        Assert.Equal(["trade", "tariffs", "sanctions"], topics);
    }

    [Fact]
    public void KeywordsMatchWholeWordsOnly()
    {
        Assert.DoesNotContain("trade", TopicClassifier.Classify("The tradesman fixed the roof."));
    }

    [Fact]
    public void TextWithoutKeywordsHasNoTopics()
    {
        Assert.Empty(TopicClassifier.Classify("The weather was pleasant."));
    }
}
